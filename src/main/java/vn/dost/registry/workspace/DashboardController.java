package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.deadlines.Deadlines;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.reports.RegistryStats;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.VietnameseText;

/**
 * {@code /app}: the dashboard. An officer sees one of its provinces at a time (the first
 * unless it chooses another), an administrator everything or one province, a cooperative
 * its own titles. The figures are those of {@code /api/v1/stats} for the same user and
 * province.
 */
@Controller
class DashboardController {

	/**
	 * The deadlines shown are those of the next 90 days (and marks lapsed as long ago).
	 */
	static final String WINDOW = "P90D";

	static final int CHANGES = 10;

	private final RegistryStats stats;

	private final Deadlines deadlines;

	private final RegistrationService registrations;

	private final Provinces provinces;

	DashboardController(RegistryStats stats, Deadlines deadlines, RegistrationService registrations,
			Provinces provinces) {
		this.stats = stats;
		this.deadlines = deadlines;
		this.registrations = registrations;
		this.provinces = provinces;
	}

	@GetMapping(WorkspaceLinks.HOME)
	Mono<Rendering> dashboard(Actor actor, @RequestParam(required = false) String province) {
		String scope = province != null && !province.isBlank() ? province.strip()
				: actor.isOfficer() && !actor.isAdmin() && !actor.provinces().isEmpty() ? actor.provinces().get(0)
						: null;
		return Mono
			.zip(this.stats.titles(scope, actor), this.deadlines.within(actor, WINDOW, scope),
					this.registrations.latestChanges(RegistrationQuery.inProvince(scope), actor, CHANGES))
			.map(found -> Rendering.view("app/dashboard")
				.modelAttribute("dashboard",
						Dashboard.of(scope, choices(actor), found.getT1(), found.getT2().items(), found.getT3()))
				.build());
	}

	/**
	 * The provinces to choose between: an officer's own, every province for an
	 * administrator, none for a cooperative.
	 */
	private List<String> choices(Actor actor) {
		if (actor.isAdmin()) {
			List<String> all = new ArrayList<>(this.provinces.currentProvinces());
			all.sort(Comparator.comparing(VietnameseText::collationKey));
			return all;
		}
		return actor.isOfficer() ? actor.provinces() : List.of();
	}

}

package vn.dost.registry.workspace.deadlines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.deadlines.Deadlines;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.security.UserDirectory;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.workspace.ProvinceChoices;
import vn.dost.registry.workspace.PageNotFound;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/deadlines}: the deadline desk — what falls due in the coming months
 * (renewals, expiries, grace periods, OCOP certificates, rights to use), by month, for
 * the user's provinces or one of them (a cooperative: its own); and the address of the
 * same list as a calendar feed, made on request (the token is shown once, as the API
 * does).
 */
@Controller
class DeadlinePages {

	/** The windows offered. */
	static final List<String> WINDOWS = List.of("P1M", "P3M", "P6M", "P12M");

	/** The window shown unless another is chosen. */
	static final String DEFAULT_WINDOW = "P3M";

	private final Deadlines deadlines;

	private final RegistrationService registrations;

	private final UserDirectory users;

	private final ProvinceChoices provinces;

	private final String baseUrl;

	DeadlinePages(Deadlines deadlines, RegistrationService registrations, UserDirectory users,
			ProvinceChoices provinces, @Value("${registry.public-base-url:http://localhost:8080}") String baseUrl) {
		this.deadlines = deadlines;
		this.registrations = registrations;
		this.users = users;
		this.provinces = provinces;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping(WorkspaceLinks.DEADLINES)
	Mono<Rendering> desk(Actor actor, @RequestParam(required = false) String within,
			@RequestParam(required = false) String province, @RequestParam(required = false) Integer page) {
		return page(actor, within, province, page == null ? 0 : page, null);
	}

	/**
	 * A new calendar feed address for the user (the previous one stops working), shown on
	 * the desk this once.
	 */
	@PostMapping(WorkspaceLinks.DEADLINES + "/calendar-token")
	Mono<Rendering> calendarToken(Actor actor, @ModelAttribute Desk desk) {
		return this.users.newCalendarToken(actor.username())
			.flatMap(token -> page(actor, desk.within(), desk.province(), 0,
					feed(token, window(desk.within()), blankless(desk.province()))));
	}

	/** The desk a calendar address is made on: its window and province. */
	record Desk(String within, String province) {
	}

	private Mono<Rendering> page(Actor actor, String within, String province, int page, String feed) {
		if (page < 0) {
			throw new PageNotFound();
		}
		String window = window(within);
		String scope = blankless(province);
		return this.deadlines.within(actor, window, scope)
			.map(found -> Rendering.view("app/deadlines/index")
				.modelAttribute("desk", DeadlineDesk.of(window, scope, found, this.registrations.today(), page))
				.modelAttribute("windows", WINDOWS)
				.modelAttribute("provinces", this.provinces.of(actor))
				.modelAttribute("feed", feed)
				.build());
	}

	/** The feed's address, with the window and province of the desk it was made on. */
	private String feed(String token, String window, String province) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("token", token);
		parameters.put("within", window);
		parameters.put("province", province);
		return this.baseUrl + WorkspaceLinks.link("/api/v1/deadlines.ics", parameters);
	}

	private static String blankless(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String window(String within) {
		if (within == null || within.isBlank()) {
			return DEFAULT_WINDOW;
		}
		if (!WINDOWS.contains(within)) {
			throw InvalidInput.of("within", "validation.period");
		}
		return within;
	}

}

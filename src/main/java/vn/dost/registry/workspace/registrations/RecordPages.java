package vn.dost.registry.workspace.registrations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.VietnameseText;

/**
 * Builds the record page of a title for a user, and what the title's forms need: the
 * holders to choose from and the province names the province boxes suggest. Another
 * organisation's title is the 404 page (the service's refusal).
 */
@Component
class RecordPages {

	/** Holders offered in a form's list (the one chosen is always among them). */
	static final int HOLDER_CHOICES = PageRequest.MAX_SIZE;

	private final RegistrationService registrations;

	private final OcopProducts ocop;

	private final HolderService holders;

	private final List<String> provinceNames;

	RecordPages(RegistrationService registrations, OcopProducts ocop, HolderService holders, Provinces provinces) {
		this.registrations = registrations;
		this.ocop = ocop;
		this.holders = holders;
		List<String> names = new ArrayList<>(new LinkedHashSet<>(provinces.currentProvinces()));
		provinces.formerProvinces().stream().filter(name -> !names.contains(name)).forEach(names::add);
		names.sort(Comparator.comparing(VietnameseText::collationKey));
		this.provinceNames = List.copyOf(names);
	}

	/** The record page, with the refused form (if any) open, answering the status. */
	Mono<Rendering> render(String id, Actor actor, OpenForm open, String done, HttpStatusCode status) {
		return this.registrations.find(id, actor).flatMap(title -> render(title, actor, open, done, status));
	}

	Mono<Rendering> render(Registration title, Actor actor, OpenForm open, String done, HttpStatusCode status) {
		RecordView.Rights rights = new RecordView.Rights(RecordRights.mayWrite(actor, title.getFacts()),
				RecordRights.mayManageUsers(actor, title.getFacts()));
		boolean amendable = rights.write()
				&& AllowedActions.of(title, this.registrations.today()).contains(LifecycleAction.AMEND);
		return Mono
			.zip(this.ocop.linkedTo(title.getId(), actor).collectList(), holderNames(holderIds(title)),
					amendable ? choices(actor, title.getFacts().holderId()) : Mono.just(List.<Holder>of()))
			.map(found -> Rendering.view("app/registrations/record")
				.status(status)
				.modelAttribute("page",
						RecordView.of(title, this.registrations.today(), rights, found.getT1(), found.getT2(), open,
								done))
				.modelAttribute("holders", found.getT3())
				.modelAttribute("provinceNames", this.provinceNames)
				.build());
	}

	/** The names every province box suggests: the 34 current and the 63 former. */
	List<String> provinceNames() {
		return this.provinceNames;
	}

	/**
	 * The holders a form offers: the first by name the user may see, and the one chosen.
	 */
	Mono<List<Holder>> choices(Actor actor, String chosen) {
		Mono<List<Holder>> first = this.holders.list(null, PageRequest.of(0, HOLDER_CHOICES), actor)
			.map(page -> page.items());
		return first.flatMap(found -> chosen == null || found.stream().anyMatch(holder -> holder.id().equals(chosen))
				? Mono.just(found) : this.holders.require(chosen).map(holder -> {
					List<Holder> with = new ArrayList<>(found);
					with.add(0, holder);
					return List.copyOf(with);
				}).onErrorResume(ex -> Mono.just(found)));
	}

	/** The names of the holders with the given ids that still exist. */
	Mono<Map<String, String>> holderNames(Collection<String> ids) {
		return Flux.fromIterable(ids)
			.flatMap(id -> this.holders.require(id).onErrorResume(ex -> Mono.empty()))
			.collectMap(Holder::id, Holder::name);
	}

	/** The holders a title names: its own and those its history's changes name. */
	static Set<String> holderIds(Registration title) {
		Set<String> ids = new LinkedHashSet<>();
		if (title.getFacts().holderId() != null) {
			ids.add(title.getFacts().holderId());
		}
		for (HistoryEntry entry : title.getHistory()) {
			List<Object> change = entry.changes().get("holderId");
			if (change != null) {
				change.stream().filter(id -> id != null).forEach(id -> ids.add(id.toString()));
			}
		}
		return ids;
	}

	/** The page as first shown. */
	Mono<Rendering> render(String id, Actor actor, String done) {
		return render(id, actor, null, done, HttpStatus.OK);
	}

}

package vn.dost.registry.workspace.holders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.shared.RegistryException;
import vn.dost.registry.shared.StaleVersion;
import vn.dost.registry.shared.Versions;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.ProvinceChoices;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/holders}: the organisations holding titles — search, create, and one
 * holder's page with its facts, its titles and OCOP products, the edit form and deletion.
 * A cooperative's user sees only its own organisation.
 */
@Controller
class HolderPages {

	static final int PAGE_SIZE = 25;

	static final int OPTIONS = 10;

	private final HolderService holders;

	private final HolderDetails details;

	private final Problems problems;

	private final ProvinceChoices provinces;

	HolderPages(HolderService holders, HolderDetails details, Problems problems, ProvinceChoices provinces) {
		this.holders = holders;
		this.details = details;
		this.problems = problems;
		this.provinces = provinces;
	}

	@GetMapping(WorkspaceLinks.HOLDERS)
	Mono<Rendering> list(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String deleted) {
		return this.holders.list(q, PageRequest.of(page, PAGE_SIZE), actor).map(found -> {
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("q", q);
			return Rendering.view("app/holders/list")
				.modelAttribute("q", q == null ? "" : q)
				.modelAttribute("holders", found.items())
				.modelAttribute("total", found.totalItems())
				.modelAttribute("pager",
						Pager.of(WorkspaceLinks.HOLDERS, parameters, found.page(), PAGE_SIZE, found.totalItems()))
				.modelAttribute("mayCreate", actor.isAdmin() || actor.isOfficer())
				.modelAttribute("deleted", deleted != null)
				.build();
		});
	}

	/**
	 * The names of up to ten holders matching the words typed in a form's
	 * {@code holderName}, as the {@code <datalist>} htmx puts under it.
	 */
	@GetMapping(WorkspaceLinks.HOLDERS + "/options")
	Mono<Rendering> options(Actor actor, @RequestParam(required = false) String holderName) {
		Mono<List<Holder>> found = holderName == null || holderName.isBlank() ? Mono.just(List.of())
				: this.holders.list(holderName, PageRequest.of(0, OPTIONS), actor).map(page -> page.items());
		return found
			.map(items -> Rendering.view("app/holders/options :: options").modelAttribute("options", items).build());
	}

	@GetMapping(WorkspaceLinks.HOLDERS + "/new")
	Mono<Rendering> newHolder(Actor actor) {
		requireWriter(actor);
		return Mono.just(form(HolderForm.empty(), FormErrors.none()));
	}

	@PostMapping(WorkspaceLinks.HOLDERS)
	Mono<Rendering> create(Actor actor, @ModelAttribute HolderForm form, ServerWebExchange exchange) {
		requireWriter(actor);
		return Mono.defer(() -> this.holders.create(form.draft(), actor))
			.map(created -> Rendering.redirectTo(WorkspaceLinks.holder(created.id()) + "?saved=1").build())
			.onErrorResume(FormErrors::concernTheForm, failure -> Mono
				.just(form(form, FormErrors.of((RegistryException) failure, this.problems, locale(exchange)))));
	}

	@GetMapping(WorkspaceLinks.HOLDERS + "/{id}")
	Mono<Rendering> show(Actor actor, @PathVariable String id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String saved) {
		return this.holders.find(id, actor)
			.flatMap(holder -> this.details.page(HolderDetails.View.of(holder, page, saved != null), actor));
	}

	@PostMapping(WorkspaceLinks.HOLDERS + "/{id}")
	Mono<Rendering> update(Actor actor, @PathVariable String id, @ModelAttribute HolderForm form,
			ServerWebExchange exchange) {
		return this.holders.find(id, actor)
			.flatMap(before -> Mono.defer(() -> this.holders.update(id, ifMatch(form.version()), form.draft(), actor))
				.map(saved -> Rendering.redirectTo(WorkspaceLinks.holder(id) + "?saved=1").build())
				.onErrorResume(FormErrors::concernTheForm,
						failure -> refused(actor, id, form, (RegistryException) failure, exchange)));
	}

	@PostMapping(WorkspaceLinks.HOLDERS + "/{id}/delete")
	Mono<Rendering> delete(Actor actor, @PathVariable String id, @ModelAttribute Deletion deletion,
			ServerWebExchange exchange) {
		return this.holders.find(id, actor)
			.flatMap(holder -> Mono.defer(() -> this.holders.delete(id, ifMatch(deletion.version()), actor))
				.then(Mono.just(Rendering.redirectTo(WorkspaceLinks.HOLDERS + "?deleted=1").build()))
				.onErrorResume(FormErrors::concernTheForm, failure -> this.holders.find(id, actor)
					.flatMap(now -> this.details.page(HolderDetails.View.of(now, null, false)
						.withDeleteErrors(FormErrors.of((RegistryException) failure, this.problems, locale(exchange))),
							actor))));
	}

	/**
	 * The holder's page again with the user's input: its errors, or, when someone saved
	 * the holder meanwhile, their values beside the user's over the version stored now
	 * (saving again then keeps the user's, knowingly).
	 */
	private Mono<Rendering> refused(Actor actor, String id, HolderForm form, RegistryException failure,
			ServerWebExchange exchange) {
		FormErrors errors = FormErrors.of(failure, this.problems, locale(exchange));
		return this.holders.find(id, actor).flatMap(now -> {
			HolderDetails.View view = HolderDetails.View.of(now, null, false).withInput(form, errors);
			if (failure instanceof StaleVersion) {
				HolderForm stored = HolderForm.of(now);
				view = view.withInput(form.over(stored.version()), errors).withTheirs(form.differences(stored));
			}
			return this.details.page(view, actor);
		});
	}

	/** The deletion form: the version of the holder the user saw. */
	record Deletion(Long version) {
	}

	private Rendering form(HolderForm form, FormErrors errors) {
		return Rendering.view("app/holders/new")
			.status(errors.status())
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("kinds", HolderKind.values())
			.modelAttribute("provinces", this.provinces)
			.build();
	}

	private static String ifMatch(Long version) {
		return version == null ? null : Versions.etag(version);
	}

	private static java.util.Locale locale(ServerWebExchange exchange) {
		return exchange.getLocaleContext().getLocale();
	}

	/** Only officers and administrators create holders. */
	private static void requireWriter(Actor actor) {
		if (!actor.isAdmin() && !actor.isOfficer()) {
			throw new NotAllowed("msg.officersOnly");
		}
	}

}

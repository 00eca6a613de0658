package vn.dost.registry.workspace.ocop;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.ocop.OcopDraft;
import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.ocop.OcopQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.shared.RegistryException;
import vn.dost.registry.shared.StaleVersion;
import vn.dost.registry.shared.Versions;
import vn.dost.registry.shared.Violations;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.HolderNames;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.ProvinceChoices;
import vn.dost.registry.workspace.StaleValues;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/ocop-products}: the OCOP products — search by words, stars, province and
 * certificates running out, with the 4★ and 5★ products lacking a registered mark
 * flagged; a product's page with its titles, history, the edit form and re-certification.
 * A cooperative's user sees only its own products, read-only.
 */
@Controller
class OcopPages {

	static final int PAGE_SIZE = 25;

	/** The windows the listing filters certificates running out by. */
	static final List<String> WINDOWS = List.of("P1M", "P3M", "P6M", "P12M");

	private final OcopProducts products;

	private final OcopDetails details;

	private final RegistrationService registrations;

	private final HolderNames holders;

	private final Problems problems;

	private final ProvinceChoices provinces;

	OcopPages(OcopProducts products, OcopDetails details, RegistrationService registrations, HolderNames holders,
			Problems problems, ProvinceChoices provinces) {
		this.products = products;
		this.details = details;
		this.registrations = registrations;
		this.holders = holders;
		this.problems = problems;
		this.provinces = provinces;
	}

	@GetMapping(WorkspaceLinks.OCOP_PRODUCTS)
	Mono<Rendering> list(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer stars, @RequestParam(required = false) String province,
			@RequestParam(required = false) String expiring, @RequestParam(required = false) Integer page) {
		LocalDate today = this.registrations.today();
		OcopQuery query = new OcopQuery(q, stars, blankless(province), before(expiring, today), null);
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("q", q);
		parameters.put("stars", stars);
		parameters.put("province", province);
		parameters.put("expiring", expiring);
		return this.products.list(query, PageRequest.of(page, PAGE_SIZE), actor)
			.flatMap(found -> this.products.grantedTitles(found.items())
				.map(granted -> Rendering.view("app/ocop/list")
					.modelAttribute("rows", found.items().stream().map(p -> OcopRow.of(p, granted, today)).toList())
					.modelAttribute("total", found.totalItems())
					.modelAttribute("pager",
							Pager.of(WorkspaceLinks.OCOP_PRODUCTS, parameters, found.page(), PAGE_SIZE,
									found.totalItems()))
					.modelAttribute("q", q == null ? "" : q)
					.modelAttribute("stars", stars)
					.modelAttribute("province", province == null ? "" : province)
					.modelAttribute("expiring", expiring == null ? "" : expiring)
					.modelAttribute("windows", WINDOWS)
					.modelAttribute("provinces", this.provinces.current())
					.modelAttribute("mayCreate", actor.isAdmin() || actor.isOfficer())
					.build()));
	}

	/** The titles to tick, found by the words typed: the form's part htmx swaps. */
	@GetMapping(WorkspaceLinks.OCOP_PRODUCTS + "/title-options")
	Mono<Rendering> titleOptions(Actor actor, @RequestParam(required = false) String titleQuery,
			@RequestParam(required = false) List<String> registrationIds) {
		OcopForm form = new OcopForm(null, null, null, null, null, null, null, null, null, registrationIds, titleQuery,
				null, null);
		return this.details.suggestions(form, actor)
			.map(found -> Rendering.view("app/ocop/fields :: suggestions")
				.modelAttribute("suggestions", found)
				.modelAttribute("form", form)
				.build());
	}

	@GetMapping(WorkspaceLinks.OCOP_PRODUCTS + "/new")
	Mono<Rendering> newProduct(Actor actor, @RequestParam(required = false) String holderId) {
		requireWriter(actor);
		return this.holders.nameOf(holderId)
			.defaultIfEmpty("")
			.flatMap(name -> this.details.newPage(OcopForm.empty(name), FormErrors.none(), actor));
	}

	@PostMapping(WorkspaceLinks.OCOP_PRODUCTS)
	Mono<Rendering> create(Actor actor, @ModelAttribute OcopForm form, ServerWebExchange exchange) {
		requireWriter(actor);
		if (form.finding()) {
			return this.details.newPage(form, FormErrors.none(), actor);
		}
		return save(form, draft -> this.products.create(draft, actor))
			.map(created -> Rendering.redirectTo(product(created.getId()) + "?saved=1").build())
			.onErrorResume(FormErrors::concernTheForm,
					failure -> this.details.newPage(form, errors(failure, exchange), actor));
	}

	@GetMapping(WorkspaceLinks.OCOP_PRODUCTS + "/{id}")
	Mono<Rendering> show(Actor actor, @PathVariable String id, @RequestParam(required = false) String saved) {
		return this.products.find(id, actor)
			.flatMap(
					product -> this.holders.nameOf(product.getHolderId())
						.defaultIfEmpty("")
						.flatMap(name -> this.details.page(product,
								new OcopDetails.View(OcopForm.of(product, name), FormErrors.none(), null,
										RecertifyForm.empty(version(product)), FormErrors.none(), saved != null,
										actor))));
	}

	@PostMapping(WorkspaceLinks.OCOP_PRODUCTS + "/{id}")
	Mono<Rendering> update(Actor actor, @PathVariable String id, @ModelAttribute OcopForm form,
			ServerWebExchange exchange) {
		return this.products.find(id, actor).flatMap(product -> {
			if (form.finding()) {
				return this.details.page(product, new OcopDetails.View(form, FormErrors.none(), null,
						RecertifyForm.empty(version(product)), FormErrors.none(), false, actor));
			}
			return save(form, draft -> this.products.update(id, ifMatch(form.version()), draft, actor))
				.map(saved -> Rendering.redirectTo(product(id) + "?saved=1").build())
				.onErrorResume(FormErrors::concernTheForm, failure -> refused(actor, id, form, failure, exchange));
		});
	}

	@PostMapping(WorkspaceLinks.OCOP_PRODUCTS + "/{id}/recertify")
	Mono<Rendering> recertify(Actor actor, @PathVariable String id, @ModelAttribute RecertifyForm form,
			ServerWebExchange exchange) {
		return this.products.find(id, actor).flatMap(product -> Mono.defer(() -> {
			Violations unreadable = new Violations();
			var recertification = form.recertification(unreadable);
			unreadable.throwIfAny();
			return this.products.recertify(id, ifMatch(form.version()), recertification, actor);
		})
			.map(saved -> Rendering.redirectTo(product(id) + "?saved=1").build())
			.onErrorResume(FormErrors::concernTheForm, failure -> this.products.find(id, actor)
				.flatMap(now -> this.holders.nameOf(now.getHolderId())
					.defaultIfEmpty("")
					.flatMap(name -> this.details.page(now,
							new OcopDetails.View(
									OcopForm.of(now, name), FormErrors.none(), null, new RecertifyForm(form.stars(),
											form.decisionNumber(), form.certifiedOn(), version(now)),
									errors(failure, exchange), false, actor))))));
	}

	/**
	 * Checks what the form names before the service checks the rest: the holder, by name,
	 * and values that could not be read; then writes.
	 */
	private Mono<OcopProduct> save(OcopForm form, Function<OcopDraft, Mono<OcopProduct>> write) {
		return this.holders.idOf(form.holderName(), "holderName")
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(holderId -> {
				Violations unreadable = new Violations();
				OcopDraft draft = form.draft(holderId.orElse(null), unreadable);
				unreadable.throwIfAny();
				return write.apply(draft);
			});
	}

	/**
	 * The product's page again with the user's input and its errors; after a stale edit,
	 * what someone else saved beside it, over the version stored now.
	 */
	private Mono<Rendering> refused(Actor actor, String id, OcopForm form, Throwable failure,
			ServerWebExchange exchange) {
		FormErrors errors = errors(failure, exchange);
		return this.products.find(id, actor)
			.flatMap(now -> this.holders.nameOf(now.getHolderId()).defaultIfEmpty("").flatMap(name -> {
				boolean stale = failure instanceof StaleVersion;
				OcopForm stored = OcopForm.of(now, name);
				OcopForm shown = stale ? form.over(stored.version()) : form;
				Map<String, String> theirs = stale ? StaleValues.differing(form.values(), stored.values()) : null;
				return this.details.page(now, new OcopDetails.View(shown, errors, theirs,
						RecertifyForm.empty(version(now)), FormErrors.none(), false, actor));
			}));
	}

	private FormErrors errors(Throwable failure, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return FormErrors.of((RegistryException) failure, this.problems, locale);
	}

	/**
	 * The day before which a certificate must end to be listed: the window from today,
	 * the window's last day included (certificates already ended are listed too).
	 */
	static LocalDate before(String expiring, LocalDate today) {
		if (expiring == null || expiring.isBlank()) {
			return null;
		}
		if (!WINDOWS.contains(expiring)) {
			throw InvalidInput.of("expiring", "validation.period");
		}
		return today.plus(Period.parse(expiring)).plusDays(1);
	}

	private static String blankless(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String product(String id) {
		return WorkspaceLinks.OCOP_PRODUCTS + "/" + id;
	}

	private static long version(OcopProduct product) {
		return product.getVersion() == null ? 0L : product.getVersion();
	}

	private static String ifMatch(Long version) {
		return version == null ? null : Versions.etag(version);
	}

	/** Only officers and administrators enter OCOP products. */
	private static void requireWriter(Actor actor) {
		if (!actor.isAdmin() && !actor.isOfficer()) {
			throw new NotAllowed("msg.ocopReadOnly");
		}
	}

}

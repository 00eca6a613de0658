package vn.dost.registry.workspace.ocop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.ocop.OcopProductGroup;
import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.HolderNames;
import vn.dost.registry.workspace.ProvinceChoices;

/**
 * The pages of one OCOP product and of a new one: the form with the titles it links (and
 * those found to link), and for a stored product its facts, data issues, history and the
 * re-certification form.
 */
@Component
class OcopDetails {

	static final int SUGGESTIONS = 10;

	private final OcopProducts products;

	private final RegistrationService registrations;

	private final HolderNames holders;

	private final ProvinceChoices provinces;

	OcopDetails(OcopProducts products, RegistrationService registrations, HolderNames holders,
			ProvinceChoices provinces) {
		this.products = products;
		this.registrations = registrations;
		this.holders = holders;
		this.provinces = provinces;
	}

	/**
	 * What a product's page shows of the user's last attempt to change it.
	 *
	 * @param theirs what someone else saved meanwhile, by field (null unless the user's
	 * edit was stale)
	 */
	record View(OcopForm form, FormErrors errors, Map<String, String> theirs, RecertifyForm recertify,
			FormErrors recertifyErrors, boolean saved, Actor actor) {

		HttpStatusCode status() {
			return this.recertifyErrors.any() ? this.recertifyErrors.status() : this.errors.status();
		}

	}

	/** A stored product's page. */
	Mono<Rendering> page(OcopProduct product, View view) {
		Actor actor = view.actor();
		return Mono
			.zip(this.products.grantedTitles(List.of(product)), titles(view.form().registrationIds()),
					suggestions(view.form(), actor), this.holders.nameOf(product.getHolderId()).defaultIfEmpty(""),
					titles(product.getRegistrationIds()))
			.map(found -> Rendering.view("app/ocop/detail")
				.status(view.status())
				.modelAttribute("product", product)
				.modelAttribute("row", OcopRow.of(product, found.getT1(), this.registrations.today()))
				.modelAttribute("holderName", found.getT4())
				.modelAttribute("view", view)
				.modelAttribute("form", view.form())
				.modelAttribute("errors", view.errors())
				.modelAttribute("linked", found.getT2())
				.modelAttribute("suggestions", found.getT3())
				.modelAttribute("storedLinks", found.getT5())
				.modelAttribute("today", this.registrations.today())
				.modelAttribute("history", newestFirst(product))
				.modelAttribute("mayEdit", mayEdit(product, actor))
				.modelAttribute("groups", OcopProductGroup.values())
				.modelAttribute("provinces", this.provinces)
				.build());
	}

	/** The new product's page. */
	Mono<Rendering> newPage(OcopForm form, FormErrors errors, Actor actor) {
		return Mono.zip(titles(form.registrationIds()), suggestions(form, actor))
			.map(found -> Rendering.view("app/ocop/new")
				.status(errors.status())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("linked", found.getT1())
				.modelAttribute("suggestions", found.getT2())
				.modelAttribute("groups", OcopProductGroup.values())
				.modelAttribute("provinces", this.provinces)
				.build());
	}

	/**
	 * The titles the user may tick to link, found by the words or number typed (up to
	 * ten, best first), as the titles' listing finds them.
	 */
	Mono<List<RegistrationListing>> suggestions(OcopForm form, Actor actor) {
		if (form.titleQuery() == null || form.titleQuery().isBlank()) {
			return Mono.just(List.of());
		}
		RegistrationQuery query = new RegistrationQuery(form.titleQuery(), null, null, null, null, null, null, null,
				null);
		return this.registrations.list(query, PageRequest.of(0, SUGGESTIONS), actor, false)
			.map(found -> found.items()
				.stream()
				.filter(title -> !form.registrationIds().contains(title.id()))
				.toList());
	}

	/** The titles with these ids, in this order; ids no longer stored are left out. */
	private Mono<List<RegistrationListing>> titles(List<String> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.registrations.listings(ids)
			.collectMap(RegistrationListing::id)
			.map(byId -> ids.stream().filter(byId::containsKey).map(byId::get).toList());
	}

	private static List<vn.dost.registry.ocop.OcopHistoryEntry> newestFirst(OcopProduct product) {
		List<vn.dost.registry.ocop.OcopHistoryEntry> history = new ArrayList<>(product.getHistory());
		java.util.Collections.reverse(history);
		return history;
	}

	/**
	 * Whether the user may change the product: an officer of its province, or an admin.
	 */
	static boolean mayEdit(OcopProduct product, Actor actor) {
		return (actor.isAdmin() || actor.isOfficer()) && actor.mayWriteIn(product.getCurrentProvinces());
	}

}

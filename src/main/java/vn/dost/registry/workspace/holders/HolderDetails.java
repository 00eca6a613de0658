package vn.dost.registry.workspace.holders;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.ocop.OcopQuery;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.ProvinceChoices;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * One holder's page: its facts, a page of its titles, its OCOP products, and the edit
 * form for users who may change it, with what was wrong with their last attempt.
 */
@Component
class HolderDetails {

	static final int TITLES_PAGE = 20;

	static final int PRODUCTS_SHOWN = 50;

	private final RegistrationService registrations;

	private final OcopProducts ocop;

	private final ProvinceChoices provinces;

	HolderDetails(RegistrationService registrations, OcopProducts ocop, ProvinceChoices provinces) {
		this.registrations = registrations;
		this.ocop = ocop;
		this.provinces = provinces;
	}

	/**
	 * What the page shows of the holder and of the user's last attempt to change it.
	 *
	 * @param theirs the values someone else saved meanwhile, by field (null unless the
	 * user's edit was stale)
	 */
	record View(Holder holder, HolderForm form, FormErrors errors, Map<String, String> theirs, FormErrors deleteErrors,
			int titlesPage, boolean saved) {

		static View of(Holder holder, Integer titlesPage, boolean saved) {
			return new View(holder, HolderForm.of(holder), FormErrors.none(), null, FormErrors.none(),
					titlesPage == null ? 0 : titlesPage, saved);
		}

		View withInput(HolderForm input, FormErrors found) {
			return new View(this.holder, input, found, this.theirs, this.deleteErrors, this.titlesPage, false);
		}

		View withTheirs(Map<String, String> values) {
			return new View(this.holder, this.form, this.errors, values, this.deleteErrors, this.titlesPage, false);
		}

		View withDeleteErrors(FormErrors found) {
			return new View(this.holder, this.form, this.errors, this.theirs, found, this.titlesPage, false);
		}

		/** The status the page answers: that of the refusal shown, if any. */
		org.springframework.http.HttpStatusCode status() {
			return this.deleteErrors.any() ? this.deleteErrors.status() : this.errors.status();
		}

	}

	Mono<Rendering> page(View view, Actor actor) {
		Holder holder = view.holder();
		RegistrationQuery query = new RegistrationQuery(null, null, null, null, null, holder.id(), null, null, "name");
		Mono<Rendering> page = Mono
			.zip(this.registrations.list(query, PageRequest.of(view.titlesPage(), TITLES_PAGE), actor, false),
					this.ocop.list(new OcopQuery(null, null, null, null, holder.id()),
							PageRequest.of(0, PRODUCTS_SHOWN), actor))
			.map(found -> Rendering.view("app/holders/detail")
				.status(view.status())
				.modelAttribute("view", view)
				.modelAttribute("holder", holder)
				.modelAttribute("form", view.form())
				.modelAttribute("errors", view.errors())
				.modelAttribute("titles", found.getT1().items())
				.modelAttribute("titlesTotal", found.getT1().totalItems())
				.modelAttribute("titlesPager",
						Pager.of(WorkspaceLinks.holder(holder.id()), Map.of(), view.titlesPage(), TITLES_PAGE,
								found.getT1().totalItems()))
				.modelAttribute("products", found.getT2().items())
				.modelAttribute("productsTotal", found.getT2().totalItems())
				.modelAttribute("today", this.registrations.today())
				.modelAttribute("mayEdit", mayEdit(holder, actor))
				.modelAttribute("kinds", HolderKind.values())
				.modelAttribute("provinces", this.provinces)
				.build());
		return page;
	}

	/**
	 * Whether the user may change the holder: an administrator, or an officer of its
	 * province (or of any, when it has none recorded), as the service decides.
	 */
	static boolean mayEdit(Holder holder, Actor actor) {
		return actor.isAdmin() || actor.isOfficer()
				&& (holder.currentProvince() == null || actor.mayWriteIn(List.of(holder.currentProvince())));
	}

}

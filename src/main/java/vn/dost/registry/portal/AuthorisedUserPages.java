package vn.dost.registry.portal;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.registry.AuthorisedUserListing;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.PublicAuthorisedUsers;
import vn.dost.registry.registry.RegistrationType;

/**
 * The portal's pages for buyers and inspectors asking whether a producer may use a title:
 * the lookup ({@code /portal/check}) and the verdict on one user
 * ({@code /portal/check/{titleId}/{code}}, where a label's or a certificate's QR code
 * leads). Vietnamese unless {@code lang=en}; errors get the portal's error pages.
 */
@Controller
class AuthorisedUserPages {

	private final PublicAuthorisedUsers users;

	private final PublicUserMapper mapper;

	private final PortalLinks links;

	AuthorisedUserPages(PublicAuthorisedUsers users, PublicUserMapper mapper, PortalLinks links) {
		this.users = users;
		this.mapper = mapper;
		this.links = links;
	}

	/**
	 * A user as a page shows it, with the link to its verdict page in the page's
	 * language.
	 */
	public record Shown(PublicAuthorisedUser user, String link) {
	}

	@GetMapping(PublicAuthorisedUsers.CHECK_PATH)
	Mono<Rendering> lookup(@RequestParam(required = false) String q,
			@RequestParam(required = false) AuthorisedUserStatus status,
			@RequestParam(required = false) String province, @RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) String titleId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String lang) {
		CheckQuery query = new CheckQuery(q, status, province, type, titleId, page == null ? 0 : page,
				"en".equalsIgnoreCase(lang));
		PortalLinks.Language in = this.links.in(query.english());
		return this.users.list(query.toQuery(), query.pageRequest()).map(hits -> {
			int pages = (int) ((hits.totalItems() + CheckQuery.PAGE_SIZE - 1) / CheckQuery.PAGE_SIZE);
			List<Shown> items = hits.items().stream().map(found -> shown(found, in)).toList();
			return page("portal/check", query.english()).modelAttribute("query", query)
				.modelAttribute("items", items)
				.modelAttribute("total", hits.totalItems())
				.modelAttribute("approximate", hits.approximate())
				.modelAttribute("facets", hits.facets())
				.modelAttribute("types", RegistrationType.values())
				.modelAttribute("pages", pages)
				.modelAttribute("previous", query.page() > 0 ? query.pageLink(query.page() - 1) : null)
				.modelAttribute("next", query.page() + 1 < pages ? query.pageLink(query.page() + 1) : null)
				.modelAttribute("switchLink", query.otherLanguage())
				.modelAttribute("canonical", this.links.absolute(query.pageLink(query.page())))
				.modelAttribute("links", in)
				.build();
		});
	}

	@GetMapping(PublicAuthorisedUsers.CHECK_PATH + "/{titleId}/{code}")
	Mono<Rendering> verdict(@PathVariable String titleId, @PathVariable String code,
			@RequestParam(required = false) String lang) {
		boolean english = "en".equalsIgnoreCase(lang);
		PortalLinks.Language in = this.links.in(english);
		return this.users.verdict(titleId, code).map(found -> {
			String path = PublicAuthorisedUsers.checkPath(titleId, found.user());
			return page("portal/verdict", english).modelAttribute("shown", shown(found, in))
				.modelAttribute("links", in)
				.modelAttribute("switchLink", this.links.in(!english).page(path))
				.modelAttribute("canonical", this.links.absolute(in.page(path)))
				.build();
		});
	}

	private Shown shown(AuthorisedUserListing found, PortalLinks.Language in) {
		LocalDate today = this.users.today();
		return new Shown(this.mapper.toPublic(found, today, this.links),
				in.page(PublicAuthorisedUsers.checkPath(found.title().id(), found.user())));
	}

	private static Rendering.Builder<?> page(String view, boolean english) {
		return Rendering.view(view).modelAttribute("lang", english ? "en" : "vi");
	}

}

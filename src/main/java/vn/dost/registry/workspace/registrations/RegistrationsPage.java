package vn.dost.registry.workspace.registrations;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/registrations}: the titles the user may see, searched (without regard to
 * diacritics), filtered by facets with their counts, sorted and paged, from the search
 * index as the API's listing; and the type-ahead under its search box.
 */
@Controller
class RegistrationsPage {

	private final RegistrationService registrations;

	RegistrationsPage(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@GetMapping(WorkspaceLinks.REGISTRATIONS)
	Mono<Rendering> list(Actor actor, @RequestParam Map<String, String> asked,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) Integer page) {
		Map<String, String> parameters = TitleListing.parameters(asked);
		RegistrationQuery query = new RegistrationQuery(parameters.get("q"), type, status, parameters.get("province"),
				productGroup, null, null, parameters.get("dataIssue"), null, parameters.get("sort"), false);
		PageRequest request = PageRequest.of(page, TitleListing.PAGE_SIZE);
		return this.registrations.list(query, request, actor, false)
			.map(hits -> Rendering.view("app/registrations/list")
				.modelAttribute("listing",
						TitleListing.of(parameters, request.page(), hits, this.registrations.today()))
				.modelAttribute("mayCreate", RecordRights.mayCreate(actor))
				.modelAttribute("deleted", asked.containsKey("deleted"))
				.build());
	}

	/** The titles whose names begin with the words typed, as a list of links. */
	@GetMapping(WorkspaceLinks.REGISTRATIONS + "/suggest")
	Mono<Rendering> suggest(Actor actor, @RequestParam(required = false) String q) {
		Mono<List<TitleRow>> found = q == null || q.isBlank() ? Mono.just(List.of()) : this.registrations
			.suggest(q, actor)
			.map(titles -> titles.stream().map(title -> TitleRow.of(title, this.registrations.today())).toList());
		return found.map(rows -> Rendering.view("app/registrations/suggestions :: suggestions")
			.modelAttribute("suggestions", rows)
			.build());
	}

}

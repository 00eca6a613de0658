package vn.dost.registry.registry.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.holders.HolderService;
import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.ProblemResponse;
import vn.dost.registry.shared.Versions;

/**
 * {@code /api/v1/registrations}: titles, their lifecycle actions and history, for
 * signed-in users.
 */
@Tag(name = "Registrations",
		description = "Geographical indications, certification and collective marks: records, lifecycle, history.")
@RestController
@RequestMapping(produces = "application/json")
class RegistrationController {

	private static final String BASE = "/api/v1/registrations";

	private final RegistrationService registrations;

	private final RegistrationMapper mapper;

	private final CurrentActor actor;

	private final HolderService holders;

	RegistrationController(RegistrationService registrations, RegistrationMapper mapper, CurrentActor actor,
			HolderService holders) {
		this.registrations = registrations;
		this.mapper = mapper;
		this.actor = actor;
		this.holders = holders;
	}

	@Operation(summary = "Search titles",
			description = """
					Titles matching every filter, paged (`size` 1–200, default 20), with `facets` counted over the whole result. \
					`q` matches name, sign, aliases, product, holder, area and numbers without regard to case or diacritics (the \
					last word as a prefix; one edit allowed per long word when nothing matches exactly, then `approximate`). \
					`sort`: `relevance` (default with `q`), `name` (Vietnamese order, default otherwise), `-grantDate`, \
					`expiryDate`. `Cache-Control: no-cache` computes the answer instead of reusing a kept one. A HOLDER user \
					sees only its own titles.""")
	@GetMapping(BASE)
	Mono<RegistrationListResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String province,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) String holderId,
			@RequestParam(required = false) Boolean incomplete, @RequestParam(required = false) String dataIssue,
			@RequestParam(required = false) LocalDate expiringBefore, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestHeader(name = HttpHeaders.CACHE_CONTROL, required = false) String cacheControl) {
		RegistrationQuery query = new RegistrationQuery(q, type, status, province, productGroup, holderId, incomplete,
				dataIssue, expiringBefore, sort, false);
		return listed(query, PageRequest.of(page, size), noCache(cacheControl));
	}

	@Operation(summary = "Suggest titles as the user types",
			description = """
					Up to 10 titles whose name, sign or an alias begins with the words of `q`, best first; an empty `q` gives no \
					items. Same visibility as the search.""")
	@GetMapping(BASE + "/suggest")
	Mono<SuggestionResponse> suggest(@RequestParam(required = false) String q) {
		LocalDate today = this.registrations.today();
		return this.actor.get()
			.flatMap(who -> this.registrations.suggest(q, who))
			.map(found -> new SuggestionResponse(
					found.stream().map(title -> this.mapper.toSuggestion(title, today)).toList()));
	}

	@Operation(summary = "List a holder's titles", description = """
			The titles of one holder, paged, in Vietnamese name order. 404 for an unknown holder, 403 for another \
			organisation's holder.""", tags = { "Registrations", "Holders" })
	@GetMapping("/api/v1/holders/{holderId}/registrations")
	Mono<RegistrationListResponse> byHolder(@PathVariable String holderId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		RegistrationQuery query = new RegistrationQuery(null, null, null, null, null, holderId, null, null, null);
		PageRequest request = PageRequest.of(page, size);
		// 403 for another organisation's holder, 404 for an unknown one, as GET
		// /api/v1/holders/{id} answers.
		return this.actor.get()
			.flatMap(who -> this.holders.find(holderId, who))
			.then(Mono.defer(() -> listed(query, request, false)));
	}

	@Operation(summary = "Read a title", description = """
			One title with its derived fields (`currentProvince`, `expiryDate`, `renewal`, `dataIssues`) and \
			`ETag: "<version>"` for a later update or action.""")
	@GetMapping(BASE + "/{id}")
	Mono<ResponseEntity<RegistrationResponse>> get(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.registrations.find(id, who)).map(this::withEtag);
	}

	@Operation(summary = "Read a title's history", description = """
			Every change of the title, oldest first: who, when, which action, the status before and after, the \
			decision's date and reference, and each changed field as `[old, new]`. The history cannot be edited.""")
	@GetMapping(BASE + "/{id}/history")
	Mono<List<HistoryEntry>> history(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.registrations.find(id, who)).map(Registration::getHistory);
	}

	@Operation(summary = "Create a title", description = """
			A new application (no `status`, or `FILED`) needs `filingDate`, `holderId` and, for marks, a Nice class. \
			With another `status` an existing title is recorded as it stands (history `RECORDED`) and may lack facts, \
			listed in `dataIssues`. Every invalid field is reported at once.""")
	@ApiResponse(responseCode = "201", description = "Created: `Location` names it, `ETag` is its version.",
			useReturnTypeSchema = true)
	@ProblemResponse(status = 409, types = "duplicate-number")
	@PostMapping(path = BASE, consumes = "application/json")
	Mono<ResponseEntity<RegistrationResponse>> create(@RequestBody RegistrationRequest request) {
		return this.actor.get()
			.flatMap(who -> this.registrations.create(this.mapper.toDraft(request), who))
			.map(created -> ResponseEntity.created(URI.create(BASE + "/" + created.getId()))
				.eTag(Versions.etag(created.getVersion()))
				.body(this.mapper.toResponse(created, this.registrations.today())));
	}

	@Operation(summary = "Correct a title",
			description = """
					Replaces the descriptive fields (fields left out are cleared); `status` is ignored and `type` cannot change. \
					Each changed field goes into the history as `UPDATED`. Needs `If-Match` with the version read.""")
	@ProblemResponse(status = 409, types = "duplicate-number")
	@PutMapping(path = BASE + "/{id}", consumes = "application/json")
	Mono<ResponseEntity<RegistrationResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RegistrationRequest request) {
		return this.actor.get()
			.flatMap(who -> this.registrations.update(id, ifMatch, this.mapper.toDraft(request), who))
			.map(this::withEtag);
	}

	@Operation(summary = "Delete a title entered by mistake",
			description = """
					Only a `FILED` record can be deleted (409 `illegal-transition` otherwise; other titles are withdrawn, refused \
					or terminated through actions). The deleted document is kept for audit. Needs `If-Match`.""")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ProblemResponse(status = 409, types = "illegal-transition")
	@DeleteMapping(BASE + "/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.actor.get()
			.flatMap(who -> this.registrations.delete(id, ifMatch, who))
			.then(Mono.just(ResponseEntity.noContent().build()));
	}

	@Operation(summary = "Apply a lifecycle action",
			description = """
					`ACCEPT`, `PUBLISH`, `GRANT`, `REFUSE`, `WITHDRAW`, `RENEW`, `TERMINATE`, `INVALIDATE` or `AMEND`, with the \
					decision's `date` and `reference`, as the contract's transition table allows (409 `illegal-transition` \
					otherwise, nothing changed). The action and its history entry are written together. Needs `If-Match`.""")
	@ProblemResponse(status = 409, types = { "illegal-transition", "duplicate-number" })
	@PostMapping(path = BASE + "/{id}/actions", consumes = "application/json")
	Mono<ResponseEntity<RegistrationResponse>> act(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ActionRequest request) {
		return this.actor.get()
			.flatMap(who -> this.registrations.act(id, ifMatch, this.mapper.toCommand(request), who))
			.map(this::withEtag);
	}

	private Mono<RegistrationListResponse> listed(RegistrationQuery query, PageRequest page, boolean fresh) {
		LocalDate today = this.registrations.today();
		return this.actor.get().flatMap(who -> this.registrations.list(query, page, who, fresh)).map(found -> {
			PageResponse<RegistrationResponse> shown = PageResponse.of(
					found.items().stream().map(item -> this.mapper.toResponse(item, today)).toList(), page,
					found.totalItems());
			return new RegistrationListResponse(shown.items(), shown.page(), shown.size(), shown.totalItems(),
					shown.totalPages(), found.facets(), found.approximate());
		});
	}

	/**
	 * Whether the request's {@code Cache-Control} asks for an answer computed now
	 * ({@code no-cache}, or {@code max-age=0}) rather than one the index kept.
	 */
	static boolean noCache(String cacheControl) {
		if (cacheControl == null) {
			return false;
		}
		for (String directive : cacheControl.split(",")) {
			String name = directive.strip().toLowerCase(Locale.ROOT);
			if (name.equals("no-cache") || name.replace(" ", "").equals("max-age=0")) {
				return true;
			}
		}
		return false;
	}

	private ResponseEntity<RegistrationResponse> withEtag(Registration registration) {
		return ResponseEntity.ok()
			.eTag(Versions.etag(registration.getVersion()))
			.body(this.mapper.toResponse(registration, this.registrations.today()));
	}

}

package vn.dost.registry.portal;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.registry.AuthorisedUserQuery;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.PublicAuthorisedUsers;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.StreamedBody;

/**
 * {@code /api/v1/public/authorised-users}: who may use a public title, for anyone — the
 * lookup's JSON, the verdict on one user, and the open-data files (CSV, JSON) of the
 * whole filtered list. Only a user's name, locality and code are published.
 */
@Tag(name = "Public authorised users",
		description = "Who may use a public title: lookup, verdict and open data, for anyone without signing in.")
@RestController
class PublicUserApiController {

	private static final String BASE = "/api/v1/public/authorised-users";

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final PublicAuthorisedUsers users;

	private final PublicUserMapper mapper;

	private final PortalLinks links;

	PublicUserApiController(PublicAuthorisedUsers users, PublicUserMapper mapper, PortalLinks links) {
		this.users = users;
		this.mapper = mapper;
		this.links = links;
	}

	@Operation(summary = "Look up authorised users",
			description = """
					Authorised users of public, granted titles — active, suspended, revoked or expired (`authorised` false, \
					`statusSince` the day it stopped) — whose name or code, or whose title's name or sign, contain every word of \
					`q` (without regard to case or diacritics, the last word as a prefix; when nothing is found, long words may \
					differ by one letter and `approximate` is true). `status` is the status today, `province` the user's (former \
					or current name), `type` the title's, `titleId` one title. Paged, with counts per `status` and `province` \
					(2025 provinces) over every user found. Only name, locality (commune, province) and code are published.""")
	@GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PublicUserListing> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) AuthorisedUserStatus status,
			@RequestParam(required = false) String province, @RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) String titleId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return this.users.list(new AuthorisedUserQuery(q, status, province, type, titleId), request).map(hits -> {
			LocalDate today = this.users.today();
			List<PublicAuthorisedUser> items = hits.items()
				.stream()
				.map(user -> this.mapper.toPublic(user, today, this.links))
				.toList();
			int pages = (int) ((hits.totalItems() + request.size() - 1) / request.size());
			return new PublicUserListing(items, request.page(), request.size(), hits.totalItems(), pages, hits.facets(),
					hits.approximate());
		});
	}

	@Operation(summary = "Check one authorised user", description = """
			The verdict on the user of a public title with this code (any case) or id: its status today, since when, \
			and whether it may use the title (not if the title itself is no longer in force). 404 for a title the \
			public may not see or a code the title has no user with.""")
	@GetMapping(path = BASE + "/{titleId}/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PublicAuthorisedUser> verdict(@PathVariable String titleId, @PathVariable String code) {
		return this.users.verdict(titleId, code)
			.map(found -> this.mapper.toPublic(found, this.users.today(), this.links));
	}

	@Operation(summary = "Download authorised users as JSON", description = """
			Open data: every user of the filtered lookup (no paging), as one JSON array of the lookup's items.""")
	@GetMapping(path = BASE + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<PublicAuthorisedUser> json(@RequestParam(required = false) String q,
			@RequestParam(required = false) AuthorisedUserStatus status,
			@RequestParam(required = false) String province, @RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) String titleId) {
		return everything(new AuthorisedUserQuery(q, status, province, type, titleId)).flatMapIterable(rows -> rows);
	}

	@Operation(summary = "Download authorised users as CSV", description = """
			Open data: every user of the filtered lookup as UTF-8 CSV (columns in docs/open-data.md); a text cell that \
			starts like a formula gets a leading `'`.""")
	@ApiResponse(responseCode = "200", description = "The CSV file (attachment).",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@GetMapping(BASE + ".csv")
	Mono<ResponseEntity<Flux<DataBuffer>>> csv(@RequestParam(required = false) String q,
			@RequestParam(required = false) AuthorisedUserStatus status,
			@RequestParam(required = false) String province, @RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) String titleId) {
		return everything(new AuthorisedUserQuery(q, status, province, type, titleId)).map(rows -> ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("authorised-users.csv").build().toString())
			.body(StreamedBody.of(out -> OpenDataFiles.csv(UserColumns.HEADERS, rows, UserColumns::values, out))));
	}

	private Mono<List<PublicAuthorisedUser>> everything(AuthorisedUserQuery query) {
		return this.users.all(query).map(found -> {
			LocalDate today = this.users.today();
			return found.stream().map(user -> this.mapper.toPublic(user, today, this.links)).toList();
		});
	}

}

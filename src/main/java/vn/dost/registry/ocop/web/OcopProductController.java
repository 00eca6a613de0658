package vn.dost.registry.ocop.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.ocop.OcopHistoryEntry;
import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.ocop.OcopQuery;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.Versions;

/**
 * {@code /api/v1/ocop-products}: OCOP products, their re-certifications and history, for
 * signed-in users.
 */
@Tag(name = "OCOP products", description = "One Commune One Product certifications, linked to titles by id.")
@RestController
@RequestMapping(path = "/api/v1/ocop-products", produces = "application/json")
class OcopProductController {

	private final OcopProducts products;

	private final OcopProductMapper mapper;

	private final CurrentActor actor;

	OcopProductController(OcopProducts products, OcopProductMapper mapper, CurrentActor actor) {
		this.products = products;
		this.mapper = mapper;
		this.actor = actor;
	}

	@Operation(summary = "List OCOP products",
			description = """
					Products in Vietnamese name order, paged. `q` matches every word of name, producer and commune without regard \
					to case or diacritics; `stars` 3–5; `province` matches the product's province and the 2025 province covering \
					it; `expiringBefore` a date. A HOLDER user sees only its own holder's products.""")
	@GetMapping
	Mono<PageResponse<OcopProductResponse>> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer stars, @RequestParam(required = false) String province,
			@RequestParam(required = false) LocalDate expiringBefore, @RequestParam(required = false) String holderId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OcopQuery query = new OcopQuery(q, stars, province, expiringBefore, holderId);
		PageRequest request = PageRequest.of(page, size);
		return this.actor.get()
			.flatMap(who -> this.products.list(query, request, who))
			.flatMap(found -> this.products.grantedTitles(found.items())
				.map(granted -> found.map(product -> this.mapper.toResponse(product, granted))));
	}

	@Operation(summary = "Read an OCOP product", description = """
			One product with its derived `validUntil`, `currentProvince` and `dataIssues`, and `ETag: "<version>"`.""")
	@GetMapping("/{id}")
	Mono<ResponseEntity<OcopProductResponse>> get(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.products.find(id, who)).flatMap(this::withEtag);
	}

	@Operation(summary = "Read an OCOP product's history", description = """
			Every change of the product, oldest first (`CREATED`, `UPDATED`, `RECERTIFIED`) with each changed field as \
			`[old, new]`.""")
	@GetMapping("/{id}/history")
	Mono<List<OcopHistoryEntry>> history(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.products.find(id, who)).map(OcopProduct::getHistory);
	}

	@Operation(summary = "Create an OCOP product",
			description = """
					Records a certified product; every invalid field is reported at once. An OFFICER may write only products of \
					the provinces assigned to them.""")
	@ApiResponse(responseCode = "201", description = "Created: `Location` names it, `ETag` is its version.",
			useReturnTypeSchema = true)
	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<OcopProductResponse>> create(@RequestBody OcopProductRequest request) {
		return this.actor.get()
			.flatMap(who -> this.products.create(this.mapper.toDraft(request), who))
			.flatMap(created -> shown(created)
				.map(body -> ResponseEntity.created(URI.create("/api/v1/ocop-products/" + created.getId()))
					.eTag(Versions.etag(created.getVersion()))
					.body(body)));
	}

	@Operation(summary = "Correct an OCOP product", description = """
			Replaces every descriptive field (fields left out are cleared); a request that changes nothing writes \
			nothing. Needs `If-Match` with the version read.""")
	@PutMapping(path = "/{id}", consumes = "application/json")
	Mono<ResponseEntity<OcopProductResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody OcopProductRequest request) {
		return this.actor.get()
			.flatMap(who -> this.products.update(id, ifMatch, this.mapper.toDraft(request), who))
			.flatMap(this::withEtag);
	}

	@Operation(summary = "Record a re-certification", description = """
			A new certification (`stars`, `decisionNumber`, `certifiedOn` not before the current one); `validUntil` \
			follows. Needs `If-Match`.""")
	@PostMapping(path = "/{id}/recertify", consumes = "application/json")
	Mono<ResponseEntity<OcopProductResponse>> recertify(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RecertifyRequest request) {
		return this.actor.get()
			.flatMap(who -> this.products.recertify(id, ifMatch, this.mapper.toRecertification(request), who))
			.flatMap(this::withEtag);
	}

	private Mono<OcopProductResponse> shown(OcopProduct product) {
		return this.products.grantedTitles(List.of(product)).map(granted -> this.mapper.toResponse(product, granted));
	}

	private Mono<ResponseEntity<OcopProductResponse>> withEtag(OcopProduct product) {
		return shown(product).map(body -> ResponseEntity.ok().eTag(Versions.etag(product.getVersion())).body(body));
	}

}

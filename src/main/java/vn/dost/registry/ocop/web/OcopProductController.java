package vn.dost.registry.ocop.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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

	@GetMapping("/{id}")
	Mono<ResponseEntity<OcopProductResponse>> get(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.products.find(id, who)).flatMap(this::withEtag);
	}

	@GetMapping("/{id}/history")
	Mono<List<OcopHistoryEntry>> history(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.products.find(id, who)).map(OcopProduct::getHistory);
	}

	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<OcopProductResponse>> create(@RequestBody OcopProductRequest request) {
		return this.actor.get()
			.flatMap(who -> this.products.create(this.mapper.toDraft(request), who))
			.flatMap(created -> shown(created)
				.map(body -> ResponseEntity.created(URI.create("/api/v1/ocop-products/" + created.getId()))
					.eTag(Versions.etag(created.getVersion()))
					.body(body)));
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	Mono<ResponseEntity<OcopProductResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody OcopProductRequest request) {
		return this.actor.get()
			.flatMap(who -> this.products.update(id, ifMatch, this.mapper.toDraft(request), who))
			.flatMap(this::withEtag);
	}

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

package vn.dost.registry.holders.web;

import java.net.URI;

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

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.Versions;

/** {@code /api/v1/holders}: organisations that hold or manage titles. */
@RestController
@RequestMapping(path = "/api/v1/holders", produces = "application/json")
class HolderController {

	private final HolderService holders;

	private final HolderMapper mapper;

	private final CurrentActor actor;

	HolderController(HolderService holders, HolderMapper mapper, CurrentActor actor) {
		this.holders = holders;
		this.mapper = mapper;
		this.actor = actor;
	}

	@GetMapping
	Mono<PageResponse<HolderResponse>> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return this.actor.get()
			.flatMap(who -> this.holders.list(q, request, who))
			.map(found -> found.map(this.mapper::toResponse));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<HolderResponse>> get(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.holders.find(id, who)).map(this::withEtag);
	}

	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<HolderResponse>> create(@RequestBody HolderRequest request) {
		return this.actor.get()
			.flatMap(who -> this.holders.create(this.mapper.toDraft(request), who))
			.map(holder -> ResponseEntity.created(URI.create("/api/v1/holders/" + holder.id()))
				.eTag(Versions.etag(holder.version()))
				.body(this.mapper.toResponse(holder)));
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	Mono<ResponseEntity<HolderResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody HolderRequest request) {
		return this.actor.get()
			.flatMap(who -> this.holders.update(id, ifMatch, this.mapper.toDraft(request), who))
			.map(this::withEtag);
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.actor.get()
			.flatMap(who -> this.holders.delete(id, ifMatch, who))
			.then(Mono.just(ResponseEntity.noContent().build()));
	}

	private ResponseEntity<HolderResponse> withEtag(Holder holder) {
		return ResponseEntity.ok().eTag(Versions.etag(holder.version())).body(this.mapper.toResponse(holder));
	}

}

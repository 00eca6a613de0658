package vn.dost.registry.holders.web;

import java.net.URI;

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

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.ProblemResponse;
import vn.dost.registry.shared.Versions;

/** {@code /api/v1/holders}: organisations that hold or manage titles. */
@Tag(name = "Holders", description = "Organisations that own a mark or manage a geographical indication.")
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

	@Operation(summary = "List holders", description = """
			Holders in Vietnamese alphabetical order, paged (`size` 1–200, default 20). `q` matches every word of the \
			name without regard to case or diacritics. A HOLDER user sees only its own holder.""")
	@GetMapping
	Mono<PageResponse<HolderResponse>> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return this.actor.get()
			.flatMap(who -> this.holders.list(q, request, who))
			.map(found -> found.map(this.mapper::toResponse));
	}

	@Operation(summary = "Read a holder", description = """
			One holder with `ETag: "<version>"` for a later update. A HOLDER user may read only its own.""")
	@GetMapping("/{id}")
	Mono<ResponseEntity<HolderResponse>> get(@PathVariable String id) {
		return this.actor.get().flatMap(who -> this.holders.find(id, who)).map(this::withEtag);
	}

	@Operation(summary = "Create a holder", description = """
			Records an organisation. Every invalid field is reported at once (400); an OFFICER may create holders only \
			in the provinces assigned to them.""")
	@ApiResponse(responseCode = "201", description = "Created: `Location` names it, `ETag` is its version.",
			useReturnTypeSchema = true)
	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<HolderResponse>> create(@RequestBody HolderRequest request) {
		return this.actor.get()
			.flatMap(who -> this.holders.create(this.mapper.toDraft(request), who))
			.map(holder -> ResponseEntity.created(URI.create("/api/v1/holders/" + holder.id()))
				.eTag(Versions.etag(holder.version()))
				.body(this.mapper.toResponse(holder)));
	}

	@Operation(summary = "Correct a holder",
			description = """
					Replaces the holder's fields with the request's (fields left out are cleared); a new name is copied into its \
					titles. Needs `If-Match` with the version read.""")
	@PutMapping(path = "/{id}", consumes = "application/json")
	Mono<ResponseEntity<HolderResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody HolderRequest request) {
		return this.actor.get()
			.flatMap(who -> this.holders.update(id, ifMatch, this.mapper.toDraft(request), who))
			.map(this::withEtag);
	}

	@Operation(summary = "Delete a holder",
			description = """
					Deletes a holder no title and no OCOP product refers to (409 `holder-in-use` otherwise). Needs `If-Match`.""")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ProblemResponse(status = 409, types = "holder-in-use")
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

package vn.dost.registry.security.web;

import java.net.URI;

import jakarta.validation.Valid;
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

import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.security.UserAccount;
import vn.dost.registry.security.UserDirectory;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.Versions;

/** {@code /api/v1/users}: user management, for administrators only. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = "application/json")
class UserController {

	private final UserDirectory users;

	private final UserMapper mapper;

	private final CurrentActor actor;

	UserController(UserDirectory users, UserMapper mapper, CurrentActor actor) {
		this.users = users;
		this.mapper = mapper;
		this.actor = actor;
	}

	@GetMapping
	Mono<PageResponse<UserResponse>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.users.list(PageRequest.of(page, size)).map(found -> found.map(this.mapper::toResponse));
	}

	@GetMapping("/{username}")
	Mono<ResponseEntity<UserResponse>> get(@PathVariable String username) {
		return this.users.find(username).map(this::withEtag);
	}

	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<UserResponse>> create(@Valid @RequestBody UserRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.create(this.mapper.toChange(request), who.username()))
			.map(account -> ResponseEntity.created(URI.create("/api/v1/users/" + account.username()))
				.eTag(Versions.etag(account.version()))
				.body(this.mapper.toResponse(account)));
	}

	@PutMapping(path = "/{username}", consumes = "application/json")
	Mono<ResponseEntity<UserResponse>> update(@PathVariable String username,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody UserRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.update(username, ifMatch, this.mapper.toChange(request), who.username()))
			.map(this::withEtag);
	}

	private ResponseEntity<UserResponse> withEtag(UserAccount account) {
		return ResponseEntity.ok().eTag(Versions.etag(account.version())).body(this.mapper.toResponse(account));
	}

}

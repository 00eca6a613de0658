package vn.dost.registry.security.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.dost.registry.shared.ProblemResponse;
import vn.dost.registry.shared.Versions;

/** {@code /api/v1/users}: user management, for administrators only. */
@Tag(name = "Users", description = "Who may sign in, with which roles and provinces; administrators only.")
@ProblemResponse(status = 403, types = "forbidden-path")
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

	@Operation(summary = "List users", description = "Every user, paged, without password hashes.")
	@GetMapping
	Mono<PageResponse<UserResponse>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.users.list(PageRequest.of(page, size)).map(found -> found.map(this.mapper::toResponse));
	}

	@Operation(summary = "Read a user", description = """
			One user with `ETag: "<version>"`; 404 for an unknown username.""")
	@GetMapping("/{username}")
	Mono<ResponseEntity<UserResponse>> get(@PathVariable String username) {
		return this.users.find(username).map(this::withEtag);
	}

	@Operation(summary = "Create a user", description = """
			`username` 3–64 of `a-z 0-9 . _ -`, `password` 10 characters to 72 bytes (stored as a BCrypt hash, never \
			shown), `roles`; an OFFICER needs at least one current province, a HOLDER user an existing `holderId`.""")
	@ApiResponse(responseCode = "201", description = "Created: `Location` names it, `ETag` is its version.",
			useReturnTypeSchema = true)
	@ProblemResponse(status = 409, types = "duplicate-user")
	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<UserResponse>> create(@Valid @RequestBody UserRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.create(this.mapper.toChange(request), who.username()))
			.map(account -> ResponseEntity.created(URI.create("/api/v1/users/" + account.username()))
				.eTag(Versions.etag(account.version()))
				.body(this.mapper.toResponse(account)));
	}

	@Operation(summary = "Change a user", description = """
			Replaces roles, provinces and holder; a `password` given replaces the old one. Needs `If-Match`.""")
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

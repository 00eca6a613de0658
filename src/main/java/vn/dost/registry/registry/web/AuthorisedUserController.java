package vn.dost.registry.registry.web;

import java.net.URI;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserAction;
import vn.dost.registry.registry.AuthorisedUserDecision;
import vn.dost.registry.registry.AuthorisedUserNotFound;
import vn.dost.registry.registry.AuthorisedUsers;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;

/**
 * {@code /api/v1/registrations/{id}/authorised-users}: who may use a title, and decisions
 * on their rights.
 */
@RestController
@RequestMapping(path = "/api/v1/registrations/{registrationId}/authorised-users", produces = "application/json")
class AuthorisedUserController {

	private final AuthorisedUsers users;

	private final RegistrationService registrations;

	private final RegistrationMapper mapper;

	private final CurrentActor actor;

	AuthorisedUserController(AuthorisedUsers users, RegistrationService registrations, RegistrationMapper mapper,
			CurrentActor actor) {
		this.users = users;
		this.registrations = registrations;
		this.mapper = mapper;
		this.actor = actor;
	}

	@GetMapping
	Mono<PageResponse<AuthorisedUserResponse>> list(@PathVariable String registrationId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		LocalDate today = this.registrations.today();
		return this.actor.get()
			.flatMap(who -> this.users.list(registrationId, request, who))
			.map(found -> found.map(user -> this.mapper.toResponse(user, today)));
	}

	@GetMapping("/{userId}")
	Mono<AuthorisedUserResponse> get(@PathVariable String registrationId, @PathVariable String userId) {
		return this.actor.get()
			.flatMap(who -> this.registrations.find(registrationId, who))
			.map(title -> title.getAuthorisedUsers()
				.stream()
				.filter(user -> user.id().equals(userId))
				.findFirst()
				.orElseThrow(() -> new AuthorisedUserNotFound(userId)))
			.map(this::shown);
	}

	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<AuthorisedUserResponse>> add(@PathVariable String registrationId,
			@RequestBody AuthorisedUserRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.add(registrationId, this.mapper.toDraft(request), who))
			.map(added -> ResponseEntity
				.created(URI.create("/api/v1/registrations/" + registrationId + "/authorised-users/" + added.id()))
				.body(shown(added)));
	}

	@PutMapping(path = "/{userId}", consumes = "application/json")
	Mono<AuthorisedUserResponse> update(@PathVariable String registrationId, @PathVariable String userId,
			@RequestBody AuthorisedUserRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.update(registrationId, userId, this.mapper.toDraft(request), who))
			.map(this::shown);
	}

	@PostMapping(path = "/{userId}/revoke", consumes = "application/json")
	Mono<AuthorisedUserResponse> revoke(@PathVariable String registrationId, @PathVariable String userId,
			@RequestBody DecisionRequest request) {
		return decide(registrationId, userId, AuthorisedUserAction.REVOKE, request);
	}

	@PostMapping(path = "/{userId}/suspend", consumes = "application/json")
	Mono<AuthorisedUserResponse> suspend(@PathVariable String registrationId, @PathVariable String userId,
			@RequestBody DecisionRequest request) {
		return decide(registrationId, userId, AuthorisedUserAction.SUSPEND, request);
	}

	@PostMapping(path = "/{userId}/reinstate", consumes = "application/json")
	Mono<AuthorisedUserResponse> reinstate(@PathVariable String registrationId, @PathVariable String userId,
			@RequestBody DecisionRequest request) {
		return decide(registrationId, userId, AuthorisedUserAction.REINSTATE, request);
	}

	private Mono<AuthorisedUserResponse> decide(String registrationId, String userId, AuthorisedUserAction action,
			DecisionRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.decide(registrationId, userId,
					new AuthorisedUserDecision(action, request.date(), request.reason(), request.reference()), who))
			.map(this::shown);
	}

	private AuthorisedUserResponse shown(AuthorisedUser user) {
		return this.mapper.toResponse(user, this.registrations.today());
	}

}

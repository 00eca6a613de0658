package vn.dost.registry.registry.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.dost.registry.shared.ProblemResponse;

/**
 * {@code /api/v1/registrations/{id}/authorised-users}: who may use a title, and decisions
 * on their rights.
 */
@Tag(name = "Authorised users", description = "Producers allowed to use a title, and decisions on their rights.")
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

	@Operation(summary = "List a title's authorised users", description = """
			The title's authorised users in the order added, paged, with their current status.""")
	@GetMapping
	Mono<PageResponse<AuthorisedUserResponse>> list(@PathVariable String registrationId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		LocalDate today = this.registrations.today();
		return this.actor.get()
			.flatMap(who -> this.users.list(registrationId, request, who))
			.map(found -> found.map(user -> this.mapper.toResponse(user, today)));
	}

	@Operation(summary = "Read an authorised user", description = "One authorised user of the title.")
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

	@Operation(summary = "Add an authorised user", description = """
			Grants a producer the right to use a title that is GRANTED today (409 `illegal-transition` otherwise). \
			`name` and `grantedOn` are required; `code` is unique within the title (409 `duplicate-code`).""")
	@ApiResponse(responseCode = "201", description = "Created: `Location` names it.", useReturnTypeSchema = true)
	@ProblemResponse(status = 409, types = { "illegal-transition", "duplicate-code" })
	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<AuthorisedUserResponse>> add(@PathVariable String registrationId,
			@RequestBody AuthorisedUserRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.add(registrationId, this.mapper.toDraft(request), who))
			.map(added -> ResponseEntity
				.created(URI.create("/api/v1/registrations/" + registrationId + "/authorised-users/" + added.id()))
				.body(shown(added)));
	}

	@Operation(summary = "Correct an authorised user", description = """
			Replaces the user's facts (name, address, province, code, decision, dates); the status changes only \
			through revoke, suspend and reinstate. `code` stays unique within the title (409 `duplicate-code`).""")
	@ProblemResponse(status = 409, types = "duplicate-code")
	@PutMapping(path = "/{userId}", consumes = "application/json")
	Mono<AuthorisedUserResponse> update(@PathVariable String registrationId, @PathVariable String userId,
			@RequestBody AuthorisedUserRequest request) {
		return this.actor.get()
			.flatMap(who -> this.users.update(registrationId, userId, this.mapper.toDraft(request), who))
			.map(this::shown);
	}

	@Operation(summary = "Revoke a right to use", description = """
			Ends the user's right for good, with the decision's `reference` and `reason`.""")
	@ProblemResponse(status = 409, types = "illegal-transition")
	@PostMapping(path = "/{userId}/revoke", consumes = "application/json")
	Mono<AuthorisedUserResponse> revoke(@PathVariable String registrationId, @PathVariable String userId,
			@RequestBody DecisionRequest request) {
		return decide(registrationId, userId, AuthorisedUserAction.REVOKE, request);
	}

	@Operation(summary = "Suspend a right to use", description = """
			Suspends an active user's right, with the decision's `reference` and `reason`.""")
	@ProblemResponse(status = 409, types = "illegal-transition")
	@PostMapping(path = "/{userId}/suspend", consumes = "application/json")
	Mono<AuthorisedUserResponse> suspend(@PathVariable String registrationId, @PathVariable String userId,
			@RequestBody DecisionRequest request) {
		return decide(registrationId, userId, AuthorisedUserAction.SUSPEND, request);
	}

	@Operation(summary = "Reinstate a suspended right", description = """
			Makes a suspended user active again, with the decision's `reference`.""")
	@ProblemResponse(status = 409, types = "illegal-transition")
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

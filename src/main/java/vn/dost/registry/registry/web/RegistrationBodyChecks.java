package vn.dost.registry.registry.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.registry.AuthorisedUsers;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationDrafts;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.RequestBodyChecks;

/**
 * The checks of a title, a lifecycle action and an authorised user, for a body with
 * fields that could not be read.
 */
@Component
class RegistrationBodyChecks implements RequestBodyChecks {

	private final RegistrationDrafts drafts;

	private final RegistrationService registrations;

	private final AuthorisedUsers users;

	private final RegistrationMapper mapper;

	RegistrationBodyChecks(RegistrationDrafts drafts, RegistrationService registrations, AuthorisedUsers users,
			RegistrationMapper mapper) {
		this.drafts = drafts;
		this.registrations = registrations;
		this.users = users;
		this.mapper = mapper;
	}

	@Override
	public Mono<List<FieldViolation>> violations(Object body, ServerWebExchange exchange) {
		if (body instanceof RegistrationRequest title) {
			// A new record starts FILED unless recorded in another status; a change keeps
			// its status, and a new filing's own rules do not apply to it.
			RegistrationDraft draft = this.mapper.toDraft(title);
			boolean created = HttpMethod.POST.equals(exchange.getRequest().getMethod());
			RegistrationStatus status = draft.status() == null ? RegistrationStatus.FILED : draft.status();
			return RequestBodyChecks
				.found(() -> this.drafts.check(draft, status, created && status == RegistrationStatus.FILED));
		}
		if (body instanceof ActionRequest action && action.action() != null) {
			return RequestBodyChecks.found(() -> this.registrations
				.checkAction(RequestBodyChecks.pathVariable(exchange, "id"), this.mapper.toCommand(action)));
		}
		if (body instanceof AuthorisedUserRequest user) {
			return RequestBodyChecks
				.found(() -> Mono.fromRunnable(() -> this.users.requireValid(this.mapper.toDraft(user))));
		}
		return Mono.empty();
	}

}

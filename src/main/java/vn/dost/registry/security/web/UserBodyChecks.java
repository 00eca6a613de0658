package vn.dost.registry.security.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.security.UserDirectory;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.RequestBodyChecks;

/**
 * The checks of a user, for a body with fields that could not be read or were too long to
 * take.
 */
@Component
class UserBodyChecks implements RequestBodyChecks {

	private final UserDirectory users;

	private final UserMapper mapper;

	UserBodyChecks(UserDirectory users, UserMapper mapper) {
		this.users = users;
		this.mapper = mapper;
	}

	@Override
	public Mono<List<FieldViolation>> violations(Object body, ServerWebExchange exchange) {
		if (body instanceof UserRequest user) {
			boolean creating = HttpMethod.POST.equals(exchange.getRequest().getMethod());
			return RequestBodyChecks.found(() -> this.users.check(this.mapper.toChange(user), creating));
		}
		return Mono.empty();
	}

}

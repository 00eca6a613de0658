package vn.dost.registry.workspace;

import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is signed in, kept in the session and checked against the stored account on every
 * request: a changed role or province applies at once, and an account that is gone or
 * whose password was changed is signed out. The session keeps the user without the
 * password typed at login.
 */
class SignedInContexts implements ServerSecurityContextRepository {

	private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

	private final ReactiveUserDetailsService users;

	SignedInContexts(ReactiveUserDetailsService users) {
		this.users = users;
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
		if (context == null || context.getAuthentication() == null
				|| !(context.getAuthentication().getPrincipal() instanceof UserDetails user)) {
			return this.sessions.save(exchange, context);
		}
		return this.sessions.save(exchange, signedIn(user));
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		return this.sessions.load(exchange).flatMap(context -> {
			if (context.getAuthentication() == null
					|| !(context.getAuthentication().getPrincipal() instanceof UserDetails before)) {
				return Mono.just(context);
			}
			return this.users.findByUsername(before.getUsername())
				.filter(now -> now.isEnabled() && Objects.equals(now.getPassword(), before.getPassword()))
				.map(SignedInContexts::signedIn)
				.switchIfEmpty(Mono.defer(() -> this.sessions.save(exchange, null).then(Mono.empty())));
		});
	}

	private static SecurityContext signedIn(UserDetails user) {
		return new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}

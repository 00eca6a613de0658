package vn.dost.registry.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditEvent;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.shared.ClientAddress;

/**
 * Signs users in, for HTTP Basic and for any later way of signing in (the workspace's
 * form login takes this same bean as its authentication manager). In order: a user name
 * or client address over its limit of failed sign-ins is refused
 * ({@link LoginsThrottled}, 429) whatever the password; a sign-in remembered from a few
 * minutes ago is accepted; anything else is checked against the stored hash. Every
 * failure goes on the audit trail, and a success whenever the password was actually
 * checked (once per remembered period, not on every request of an API client), each
 * written before the request goes on.
 */
public final class LoginGuard implements ReactiveAuthenticationManager {

	private final LoginThrottle throttle;

	private final RememberedSignIns remembered;

	private final ReactiveAuthenticationManager check;

	private final AuditLog audit;

	LoginGuard(LoginThrottle throttle, RememberedSignIns remembered, ReactiveAuthenticationManager check,
			AuditLog audit) {
		this.throttle = throttle;
		this.remembered = remembered;
		this.check = check;
		this.audit = audit;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication presented) {
		if (!(presented instanceof UsernamePasswordAuthenticationToken)) {
			return Mono.error(new BadCredentialsException("Only a user name and password are accepted"));
		}
		String username = presented.getName();
		return ClientAddress.current().map(found -> found.orElse("unknown")).flatMap(address -> {
			var refusal = this.throttle.refusal(username, address);
			if (refusal.isPresent()) {
				return Mono.error(new LoginsThrottled(refusal.get()));
			}
			Authentication known = this.remembered.recall(presented);
			if (known != null) {
				return Mono.just(known);
			}
			return this.check.authenticate(presented)
				.flatMap(verified -> succeeded(presented, verified, address))
				.onErrorResume(BadCredentialsException.class, ex -> failed(username, address, ex));
		});
	}

	/** Records that the user signed out and forgets the sign-in (form login's logout). */
	public Mono<Void> loggedOut(String username) {
		this.remembered.forget(username);
		return this.audit.record(AuditEvent.of(AuditAction.LOGOUT, username, username));
	}

	/** Forgets every remembered sign-in of the user: its account changed. */
	void forget(String username) {
		this.remembered.forget(username);
	}

	private Mono<Authentication> succeeded(Authentication presented, Authentication verified, String address) {
		// Failures that ended while this password was being checked (a burst of
		// guesses sent at once) may have used up the limit: a right password then
		// reads as refused too, so a burst cannot find it.
		var refusal = this.throttle.refusal(presented.getName(), address);
		if (refusal.isPresent()) {
			return Mono.error(new LoginsThrottled(refusal.get()));
		}
		return this.audit.record(AuditEvent.of(AuditAction.LOGIN_SUCCEEDED, presented.getName(), presented.getName()))
			.then(Mono.fromRunnable(() -> this.remembered.remember(presented, verified)))
			.thenReturn(verified);
	}

	private Mono<Authentication> failed(String username, String address, BadCredentialsException ex) {
		LoginThrottle.Failure failure = this.throttle.failed(username, address);
		List<AuditEvent> events = new ArrayList<>();
		events.add(AuditEvent.of(AuditAction.LOGIN_FAILED, username, username));
		failure.limitsReached()
			.forEach(limit -> events.add(new AuditEvent(AuditAction.LOGIN_BLOCKED, username,
					limit == LoginThrottle.Limit.USER ? username : address, Map.of("limit", limit.name()))));
		return this.audit.record(events)
			.then(Mono.error(failure.refusal().<RuntimeException>map(LoginsThrottled::new).orElse(ex)));
	}

}

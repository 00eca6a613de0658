package vn.dost.registry.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because its user name or client address has failed too often lately;
 * answered 429 with {@code Retry-After}.
 */
public class LoginsThrottled extends AuthenticationException {

	private final Duration retryAfter;

	public LoginsThrottled(Duration retryAfter) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds to wait, at least one. */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}

package vn.dost.registry.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a user name and password against the stored BCrypt hash. Every check costs one
 * BCrypt comparison: an unknown user, a user without a password (restored from an old
 * backup) and a disabled user are compared against a hash of a random password made at
 * start, so the time an answer takes does not tell which user names exist (measured
 * before: a wrong password of a real user took ~73 ms, an unknown user ~6 ms).
 */
final class PasswordCheck implements ReactiveAuthenticationManager {

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	/** A hash nobody knows the password of, made with the same encoder (same cost). */
	private final String unknownUserHash;

	PasswordCheck(UserAccounts accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		this.unknownUserHash = encoder.encode(Base64.getEncoder().encodeToString(secret));
	}

	@Override
	public Mono<Authentication> authenticate(Authentication presented) {
		Object credentials = presented.getCredentials();
		if (credentials == null) {
			return Mono.error(new BadCredentialsException("No password"));
		}
		String password = credentials.toString();
		return this.accounts.findById(presented.getName())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			// BCrypt is seconds of CPU per hundred checks: never on the event loop.
			.publishOn(Schedulers.boundedElastic())
			.handle((found, sink) -> {
				UserAccount account = found.filter(user -> user.passwordHash() != null).orElse(null);
				boolean right = this.encoder.matches(password,
						account == null ? this.unknownUserHash : account.passwordHash());
				if (right && account != null && !account.isDisabled()) {
					RegistryUserDetails user = new RegistryUserDetails(account);
					sink.next(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
				}
				else {
					sink.error(new BadCredentialsException("Invalid credentials"));
				}
			});
	}

}

package vn.dost.registry.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Whether a user name exists does not show in how long a wrong sign-in takes: every check
 * costs one BCrypt comparison.
 */
class PasswordCheckTests {

	/**
	 * BCrypt at cost 8 (~16 ms a check on an idle machine here): one comparison dwarfs
	 * the rest of a check (the thread hops cost a few milliseconds on a busy machine),
	 * and the test stays short.
	 */
	private final CountingEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(8));

	private final UserAccounts accounts = mock(UserAccounts.class);

	@Test
	void anUnknownUserADisabledOneAndOneWithoutPasswordCostAComparisonEachAndFail() {
		PasswordCheck check = check(account("lan", "right-password", false), account("mai", "right-password", true),
				account("old", null, false));
		int before = this.encoder.comparisons;
		for (String user : List.of("nobody", "mai", "old")) {
			signIn(check, user, "right-password").verifyError(BadCredentialsException.class);
		}
		assertThat(this.encoder.comparisons - before).isEqualTo(3);
		signIn(check, "lan", "wrong-password").verifyError(BadCredentialsException.class);
		signIn(check, "lan", "right-password")
			.assertNext(signedIn -> assertThat(signedIn.getPrincipal()).isInstanceOf(RegistryUserDetails.class))
			.verifyComplete();
	}

	/**
	 * Medians of samples taken alternately, so that a busy machine slows both series
	 * alike. Before the comparison against a made-up hash an unknown user answered in
	 * well under a tenth of the time.
	 */
	@Test
	void anUnknownUserTakesAboutAsLongAsAWrongPassword() {
		PasswordCheck check = check(account("lan", "right-password", false));
		List<Long> known = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			known.add(nanos(check, "lan"));
			unknown.add(nanos(check, "nobody-" + i));
		}
		double ratio = (double) median(unknown) / median(known);
		assertThat(ratio).as("unknown / known user, medians of 11").isBetween(0.6, 1.7);
	}

	private long nanos(PasswordCheck check, String user) {
		long start = System.nanoTime();
		signIn(check, user, "wrong-password").verifyError(BadCredentialsException.class);
		return System.nanoTime() - start;
	}

	private static long median(List<Long> samples) {
		List<Long> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private PasswordCheck check(UserAccount... users) {
		when(this.accounts.findById(anyString())).thenReturn(Mono.empty());
		for (UserAccount user : users) {
			when(this.accounts.findById(user.username())).thenReturn(Mono.just(user));
		}
		return new PasswordCheck(this.accounts, this.encoder);
	}

	private UserAccount account(String name, String password, boolean disabled) {
		String hash = password == null ? null : this.encoder.encode(password);
		return new UserAccount(name, hash, Set.of(Role.OFFICER), List.of("Quảng Trị"), null, null, null, disabled, 0L,
				Instant.EPOCH, Instant.EPOCH);
	}

	private static StepVerifier.FirstStep<org.springframework.security.core.Authentication> signIn(PasswordCheck check,
			String user, String password) {
		return check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password))
			.as(StepVerifier::create);
	}

	/** BCrypt, counting the comparisons it makes. */
	private static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder encoder;

		private int comparisons;

		CountingEncoder(PasswordEncoder encoder) {
			this.encoder = encoder;
		}

		@Override
		public String encode(CharSequence raw) {
			return this.encoder.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.comparisons++;
			return this.encoder.matches(raw, encoded);
		}

	}

}

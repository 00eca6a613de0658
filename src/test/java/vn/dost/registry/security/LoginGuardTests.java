package vn.dost.registry.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditEvent;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.shared.ClientAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The sign-in rules on their own: limits of failed sign-ins per user name and per
 * address, remembered sign-ins, and what goes on the audit trail.
 */
class LoginGuardTests {

	private final List<String> checked = new ArrayList<>();

	private final List<AuditEvent> recorded = new ArrayList<>();

	private final FakeTime time = new FakeTime();

	private final LoginThrottle throttle = new LoginThrottle(10, 50, Duration.ofMinutes(5), this.time);

	/** What the password check does besides answering (a burst finishing meanwhile). */
	private Runnable duringCheck = () -> {
	};

	/** Accepts only the password "right", recording every check it makes. */
	private final ReactiveAuthenticationManager checker = presented -> {
		this.checked.add(presented.getName() + ":" + presented.getCredentials());
		this.duringCheck.run();
		return "right".equals(presented.getCredentials())
				? Mono.just(UsernamePasswordAuthenticationToken.authenticated(presented.getName(), null, List.of()))
				: Mono.error(new BadCredentialsException("wrong"));
	};

	private AuditLog audit;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void recordAudit() {
		this.audit = mock(AuditLog.class);
		when(this.audit.record(anyList())).thenAnswer(call -> {
			this.recorded.addAll(call.getArgument(0, List.class));
			return Mono.empty();
		});
		when(this.audit.record(any(AuditEvent[].class))).thenAnswer(call -> {
			for (Object event : call.getArguments()) {
				this.recorded.add((AuditEvent) event);
			}
			return Mono.empty();
		});
	}

	@Test
	void checksTheRightPasswordOnceThenRemembersIt() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).containsExactly("lan:right");
		assertThat(actions()).containsExactly(AuditAction.LOGIN_SUCCEEDED);
	}

	@Test
	void neverRemembersAWrongPasswordNorLetsARememberedOneStandForAnother() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(guard, "lan", "wrong").verifyError(BadCredentialsException.class);
		signIn(guard, "lan", "wrong").verifyError(BadCredentialsException.class);
		signIn(guard, "mai", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).containsExactly("lan:right", "lan:wrong", "lan:wrong", "mai:right");
		assertThat(actions()).containsExactly(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED,
				AuditAction.LOGIN_FAILED, AuditAction.LOGIN_SUCCEEDED);
	}

	@Test
	void forgetsAChangedAccountAtOnce() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(guard, "mai", "right").expectNextCount(1).verifyComplete();
		guard.forget("lan");
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(guard, "mai", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).containsExactly("lan:right", "mai:right", "lan:right");
	}

	@Test
	void remembersNothingWhenTurnedOff() {
		LoginGuard guard = guard(Duration.ZERO);
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).hasSize(2);
	}

	@Test
	void refusesAUserNameAfterTenFailuresEvenWithTheRightPasswordUntilTheWindowEnds() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		for (int i = 0; i < 10; i++) {
			signIn(guard, "lan", "wrong" + i).verifyError(BadCredentialsException.class);
		}
		this.checked.clear();
		signIn(guard, "lan", "right")
			.verifyErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(LoginsThrottled.class,
					throttled -> assertThat(throttled.retryAfterSeconds()).isBetween(1L, 300L)));
		signIn(guard, "lan", "wrong").verifyError(LoginsThrottled.class);
		assertThat(this.checked).as("a refused sign-in costs no password check").isEmpty();
		signIn(guard, "mai", "right").expectNextCount(1).verifyComplete();
		this.time.advance(Duration.ofMinutes(5));
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
	}

	@Test
	void refusesAnAddressAfterFiftyFailuresWhateverTheUserName() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		for (int i = 0; i < 50; i++) {
			signIn(guard, "guess" + i, "wrong", "198.51.100.7").verifyError(BadCredentialsException.class);
		}
		signIn(guard, "lan", "right", "198.51.100.7").verifyError(LoginsThrottled.class);
		signIn(guard, "lan", "right", "198.51.100.8").expectNextCount(1).verifyComplete();
	}

	@Test
	void putsEachLimitReachedOnRecordOnce() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		for (int i = 0; i < 10; i++) {
			signIn(guard, "lan", "wrong").verifyError(BadCredentialsException.class);
		}
		for (int i = 0; i < 5; i++) {
			signIn(guard, "lan", "wrong").verifyError(LoginsThrottled.class);
		}
		assertThat(actions()).filteredOn(action -> action == AuditAction.LOGIN_FAILED).hasSize(10);
		assertThat(this.recorded).filteredOn(event -> event.action() == AuditAction.LOGIN_BLOCKED)
			.singleElement()
			.satisfies(event -> assertThat(event.details()).containsEntry("limit", "USER"));
	}

	@Test
	void aRightPasswordCheckedWhileABurstOfGuessesUsedUpTheLimitIsRefusedToo() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		this.duringCheck = () -> {
			for (int i = 0; i < 10; i++) {
				this.throttle.failed("lan", "unknown");
			}
		};
		signIn(guard, "lan", "right").verifyError(LoginsThrottled.class);
		assertThat(actions()).doesNotContain(AuditAction.LOGIN_SUCCEEDED);
		this.duringCheck = () -> {
		};
		signIn(guard, "lan", "right").verifyError(LoginsThrottled.class);
	}

	@Test
	void aLogoutIsOnRecordAndForgetsTheRememberedSignIn() {
		LoginGuard guard = guard(Duration.ofMinutes(5));
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		guard.loggedOut("lan").as(StepVerifier::create).verifyComplete();
		signIn(guard, "lan", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).containsExactly("lan:right", "lan:right");
		assertThat(actions()).containsExactly(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGOUT,
				AuditAction.LOGIN_SUCCEEDED);
	}

	@Test
	void forgetsCountersThatHaveRefilled() {
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("user" + i, "198.51.100.9");
		}
		assertThat(this.throttle.size()).isEqualTo(4);
		this.throttle.sweep();
		assertThat(this.throttle.size()).isEqualTo(4);
		this.time.advance(Duration.ofMinutes(5));
		this.throttle.sweep();
		assertThat(this.throttle.size()).isZero();
	}

	private LoginGuard guard(Duration remembered) {
		return new LoginGuard(this.throttle, new RememberedSignIns(remembered), this.checker, this.audit);
	}

	private List<AuditAction> actions() {
		return this.recorded.stream().map(AuditEvent::action).toList();
	}

	private static StepVerifier.Step<Authentication> signIn(LoginGuard guard, String user, String password) {
		return guard.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password))
			.as(StepVerifier::create);
	}

	private static StepVerifier.Step<Authentication> signIn(LoginGuard guard, String user, String password,
			String address) {
		return guard.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password))
			.contextWrite(context -> ClientAddress.within(context, address))
			.as(StepVerifier::create);
	}

	/** A clock for the token buckets that the test moves. */
	static final class FakeTime implements TimeMeter {

		private long nanos;

		void advance(Duration duration) {
			this.nanos += duration.toNanos();
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

}

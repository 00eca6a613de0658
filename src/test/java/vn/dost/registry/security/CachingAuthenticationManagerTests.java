package vn.dost.registry.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;

class CachingAuthenticationManagerTests {

	private final List<String> checked = new ArrayList<>();

	/** Accepts only the password "right", recording every check it makes. */
	private final ReactiveAuthenticationManager checker = presented -> {
		this.checked.add(presented.getName() + ":" + presented.getCredentials());
		return "right".equals(presented.getCredentials())
				? Mono.just(UsernamePasswordAuthenticationToken.authenticated(presented.getName(), null, List.of()))
				: Mono.error(new BadCredentialsException("wrong"));
	};

	@Test
	void checksTheRightPasswordOnceThenRemembersIt() {
		CachingAuthenticationManager manager = new CachingAuthenticationManager(this.checker, Duration.ofMinutes(5));
		signIn(manager, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(manager, "lan", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).containsExactly("lan:right");
	}

	@Test
	void neverRemembersAWrongPasswordNorLetsARememberedOneStandForAnother() {
		CachingAuthenticationManager manager = new CachingAuthenticationManager(this.checker, Duration.ofMinutes(5));
		signIn(manager, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(manager, "lan", "wrong").verifyError(BadCredentialsException.class);
		signIn(manager, "lan", "wrong").verifyError(BadCredentialsException.class);
		signIn(manager, "mai", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).containsExactly("lan:right", "lan:wrong", "lan:wrong", "mai:right");
	}

	@Test
	void forgetsAChangedAccountAtOnce() {
		CachingAuthenticationManager manager = new CachingAuthenticationManager(this.checker, Duration.ofMinutes(5));
		signIn(manager, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(manager, "mai", "right").expectNextCount(1).verifyComplete();
		manager.forget("lan");
		signIn(manager, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(manager, "mai", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).containsExactly("lan:right", "mai:right", "lan:right");
	}

	@Test
	void remembersNothingWhenTurnedOff() {
		CachingAuthenticationManager manager = new CachingAuthenticationManager(this.checker, Duration.ZERO);
		signIn(manager, "lan", "right").expectNextCount(1).verifyComplete();
		signIn(manager, "lan", "right").expectNextCount(1).verifyComplete();
		assertThat(this.checked).hasSize(2);
	}

	private static StepVerifier.Step<Authentication> signIn(CachingAuthenticationManager manager, String user,
			String password) {
		return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password))
			.as(StepVerifier::create);
	}

}

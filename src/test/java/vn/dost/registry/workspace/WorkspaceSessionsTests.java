package vn.dost.registry.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionStore;

import vn.dost.registry.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The session settings as set: the idle timeout, and the cookie's Secure flag. */
class WorkspaceSessionsTests {

	@Test
	void endsASessionAfterTheIdleTimeoutSet() {
		MutableClock clock = new MutableClock();
		Instant start = clock.instant();
		WebSessionStore store = manager(new WorkspaceSettings(Duration.ofMinutes(5), false), clock).getSessionStore();
		AtomicReference<String> id = new AtomicReference<>();
		store.createWebSession().flatMap(session -> {
			session.getAttributes().put("signed-in", "yes");
			session.start();
			return session.save().thenReturn(session);
		}).as(StepVerifier::create).assertNext(session -> {
			assertThat(session.getMaxIdleTime()).isEqualTo(Duration.ofMinutes(5));
			id.set(session.getId());
		}).verifyComplete();
		clock.set(start.plus(Duration.ofMinutes(4)));
		store.retrieveSession(id.get()).as(StepVerifier::create).expectNextCount(1).verifyComplete();
		clock.set(start.plus(Duration.ofMinutes(10)));
		store.retrieveSession(id.get()).as(StepVerifier::create).verifyComplete();
	}

	@Test
	void sendsTheCookieOnlyOverHttpsWhenSet() {
		assertThat(cookie(true).isSecure()).isTrue();
		assertThat(cookie(false).isSecure()).isFalse();
		assertThat(cookie(true).isHttpOnly()).isTrue();
		assertThat(cookie(true).getSameSite()).isEqualTo("Lax");
		assertThat(cookie(true).getPath()).isEqualTo("/app");
	}

	private static ResponseCookie cookie(boolean secure) {
		DefaultWebSessionManager sessions = manager(new WorkspaceSettings(Duration.ofMinutes(30), secure),
				Clock.systemUTC());
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/app"));
		sessions.getSessionIdResolver().setSessionId(exchange, "id");
		return exchange.getResponse().getCookies().getFirst(WorkspaceSessions.COOKIE);
	}

	private static DefaultWebSessionManager manager(WorkspaceSettings settings, Clock clock) {
		return (DefaultWebSessionManager) new WorkspaceSessions().webSessionManager(settings, clock);
	}

}

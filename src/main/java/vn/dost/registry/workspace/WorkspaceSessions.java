package vn.dost.registry.workspace;

import java.time.Clock;
import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The workspace's sessions: kept in this process's memory, ended after the idle timeout
 * (measured by the service's clock), named by a cookie that scripts cannot read, that
 * other sites' pages do not send along ({@code SameSite=Lax}), sent only under
 * {@code /app} and, by setting, only over HTTPS. The API and the portal never start one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkspaceSettings.class)
class WorkspaceSessions {

	static final String COOKIE = "REGISTRY_SESSION";

	@Bean(name = WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
	WebSessionManager webSessionManager(WorkspaceSettings settings, Clock clock) {
		DefaultWebSessionManager sessions = new DefaultWebSessionManager();
		sessions.setSessionStore(new IdleTimeoutStore(settings.idleTimeout(), clock));
		CookieWebSessionIdResolver cookies = new CookieWebSessionIdResolver();
		cookies.setCookieName(COOKIE);
		cookies.addCookieInitializer(cookie -> cookie.path(WorkspaceLinks.HOME)
			.httpOnly(true)
			.sameSite("Lax")
			.secure(settings.secureCookie()));
		sessions.setSessionIdResolver(cookies);
		return sessions;
	}

	/** Sessions in memory that end after the configured time without a request. */
	static final class IdleTimeoutStore extends InMemoryWebSessionStore {

		private final Duration idleTimeout;

		IdleTimeoutStore(Duration idleTimeout, Clock clock) {
			this.idleTimeout = idleTimeout;
			setClock(clock);
		}

		@Override
		public Mono<WebSession> createWebSession() {
			return super.createWebSession().doOnNext(session -> session.setMaxIdleTime(this.idleTimeout));
		}

	}

}

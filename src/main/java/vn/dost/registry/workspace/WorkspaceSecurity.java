package vn.dost.registry.workspace;

import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.security.LoginGuard;
import vn.dost.registry.security.LoginsThrottled;
import vn.dost.registry.security.Role;

/**
 * Security of the workspace ({@code /app/**}), ahead of the API's stateless HTTP Basic:
 * form login at {@code /app/login}, the signed-in user kept in the session, a CSRF token
 * required on every form post (also taken from a multipart upload, or from the
 * {@code X-CSRF-TOKEN} header htmx sends), logout by a post to {@code /app/logout}, a
 * content security policy that lets pages load only their own scripts and styles. Signed
 * out, a page redirects to the login page and back after it; an htmx request gets
 * {@code HX-Redirect} instead, so the whole page goes there.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurity {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain workspaceFilterChain(ServerHttpSecurity http, ReactiveUserDetailsService users,
			LoginGuard logins, ErrorPages errors) {
		SignedInContexts contexts = new SignedInContexts(users);
		WebSessionServerRequestCache asked = new WebSessionServerRequestCache();
		// back to the page asked for as it was asked, without Spring's "?continue" marker
		asked.setMatchingRequestParameterName(null);
		ServerAuthenticationEntryPoint signedOut = signedOut(asked);
		ServerAccessDeniedHandler denied = (exchange, ex) -> errors.write(
				ex instanceof CsrfException ? ErrorPages.Problem.EXPIRED_FORM : ErrorPages.Problem.FORBIDDEN, exchange);
		XorServerCsrfTokenRequestAttributeHandler tokens = new XorServerCsrfTokenRequestAttributeHandler();
		tokens.setTokenFromMultipartDataEnabled(true);
		tokens.setSecureRandom(seededNow());
		RedirectServerAuthenticationSuccessHandler signedIn = new RedirectServerAuthenticationSuccessHandler(
				WorkspaceLinks.HOME);
		signedIn.setRequestCache(asked);
		SecurityContextServerLogoutHandler forget = new SecurityContextServerLogoutHandler();
		forget.setSecurityContextRepository(contexts);
		RedirectServerLogoutSuccessHandler loggedOut = new RedirectServerLogoutSuccessHandler();
		loggedOut.setLogoutSuccessUrl(URI.create(WorkspaceLinks.LOGIN + "?logout"));
		return http
			.securityMatcher(ServerWebExchangeMatchers.pathMatchers(WorkspaceLinks.HOME, WorkspaceLinks.HOME + "/**"))
			.securityContextRepository(contexts)
			.requestCache(cache -> cache.requestCache(asked))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(tokens).accessDeniedHandler(denied))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(form -> form.loginPage(WorkspaceLinks.LOGIN)
				// The API's sign-in guard: the same limits of failed sign-ins, the same
				// audit trail.
				.authenticationManager(logins)
				.securityContextRepository(contexts)
				.authenticationSuccessHandler(signedIn)
				.authenticationFailureHandler(failed(errors))
				.authenticationEntryPoint(signedOut))
			.logout(logout -> logout.logoutUrl(WorkspaceLinks.LOGOUT)
				.logoutHandler(new DelegatingServerLogoutHandler(
						(exchange, user) -> user == null ? Mono.empty() : logins.loggedOut(user.getName()), forget,
						new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(loggedOut))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(signedOut).accessDeniedHandler(denied))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
				.frameOptions(frames -> frames.mode(Mode.DENY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.authorizeExchange(exchanges -> exchanges.pathMatchers(WorkspaceLinks.LOGIN, WorkspaceLinks.ASSETS + "**")
				.permitAll()
				.pathMatchers(WorkspaceLinks.USERS, WorkspaceLinks.USERS + "/**", WorkspaceLinks.AUDIT,
						WorkspaceLinks.AUDIT + "/**")
				.hasRole(Role.ADMIN.name())
				.anyExchange()
				.authenticated())
			.build();
	}

	/**
	 * A wrong user name or password leads back to the login page with a message; a
	 * sign-in refused because of too many failures (whatever the password) is answered
	 * 429 with {@code Retry-After}, as the API answers it, on a page saying to wait.
	 */
	private static ServerAuthenticationFailureHandler failed(ErrorPages errors) {
		RedirectServerAuthenticationFailureHandler again = new RedirectServerAuthenticationFailureHandler(
				WorkspaceLinks.LOGIN + "?error");
		return (filtered, ex) -> {
			if (ex instanceof LoginsThrottled throttled) {
				ServerWebExchange exchange = filtered.getExchange();
				exchange.getResponse()
					.getHeaders()
					.set(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
				return errors.write(ErrorPages.Problem.THROTTLED, exchange);
			}
			return again.onAuthenticationFailure(filtered, ex);
		};
	}

	/**
	 * The randomness that masks each page's CSRF token, seeded here at start: the default
	 * one reads {@code /dev/urandom} for every page, a file read on an event-loop thread.
	 */
	private static SecureRandom seededNow() {
		try {
			SecureRandom random = SecureRandom.getInstance("DRBG");
			random.nextBytes(new byte[1]);
			return random;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("DRBG is part of every JDK since 9", ex);
		}
	}

	/**
	 * To the login page, remembering the page asked for; an htmx request is answered 401
	 * with {@code HX-Redirect}, since following a redirect would put the login page
	 * inside the part of the page it was to replace.
	 */
	private static ServerAuthenticationEntryPoint signedOut(WebSessionServerRequestCache asked) {
		RedirectServerAuthenticationEntryPoint toLogin = new RedirectServerAuthenticationEntryPoint(
				WorkspaceLinks.LOGIN);
		toLogin.setRequestCache(asked);
		return (exchange, ex) -> {
			if (Htmx.isRequest(exchange)) {
				exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
				exchange.getResponse().getHeaders().set(Htmx.REDIRECT, WorkspaceLinks.LOGIN);
				return Mono.empty();
			}
			return toLogin.commence(exchange, ex);
		};
	}

}

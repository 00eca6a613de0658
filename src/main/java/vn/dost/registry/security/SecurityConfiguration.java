package vn.dost.registry.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.shared.Problems;

/**
 * HTTP Basic against the stored users; anonymous callers reach only the portal, the
 * public API, the API description and the health check.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, Problems problems, LoginGuard authentication) {
		ServerAuthenticationEntryPoint unauthenticated = (exchange, ex) -> {
			if (ex instanceof LoginsThrottled throttled) {
				String seconds = String.valueOf(throttled.retryAfterSeconds());
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, seconds);
				return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", seconds);
			}
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"registry\"");
			return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated");
		};
		ServerAccessDeniedHandler denied = (exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN,
				"forbidden-path");
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// Framing is decided per page by FramingHeaders: the embeddable listing may
			// be framed, nothing else.
			.headers(headers -> headers.frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable))
			.httpBasic(basic -> basic.authenticationManager(authentication).authenticationEntryPoint(unauthenticated))
			.exceptionHandling(
					handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.authorizeExchange(exchanges -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.pathMatchers("/portal", "/portal/**", "/api/v1/public/**", "/api/v1/deadlines.ics")
				.permitAll()
				.pathMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/admin/**", "/api/v1/audit",
						"/api/v1/audit/**")
				.hasRole(Role.ADMIN.name())
				.pathMatchers("/api/**")
				.authenticated()
				.anyExchange()
				.permitAll())
			.build();
	}

	/**
	 * Basic credentials (and, later, the workspace's form) checked against the stored
	 * hashes under the sign-in limits, the right ones remembered for a while.
	 */
	@Bean
	LoginGuard loginGuard(LoginThrottle throttle, UserAccounts accounts, PasswordEncoder encoder, AuditLog audit,
			@Value("${registry.security.remember-credentials:PT5M}") Duration remembered) {
		return new LoginGuard(throttle, new RememberedSignIns(remembered), new PasswordCheck(accounts, encoder), audit);
	}

	/** The stored users as Spring Security reads them (the workspace's sessions). */
	@Bean
	ReactiveUserDetailsService userDetailsService(UserAccounts accounts) {
		return username -> accounts.findById(username).map(RegistryUserDetails::new);
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${registry.security.bcrypt-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

}

package vn.dost.registry.security;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Who may frame what, and what portal pages may load. Only {@code /portal/embed} may be
 * shown in a frame, by the sites named in {@code registry.portal.frame-ancestors};
 * everything else refuses framing. Portal pages load nothing but their own style sheet
 * and run no script. The workspace ({@code /app}) writes its own policy in its security
 * chain, left alone here (Spring Security adds no header a response already has).
 */
@Component
// Before the security filter chain: its 401 and 403 answers must refuse framing too.
@Order(FramingHeaders.ORDER)
class FramingHeaders implements WebFilter {

	/** Ahead of Spring Security's filter chain (-100). */
	static final int ORDER = -200;

	static final String CSP = "Content-Security-Policy";

	private static final String PORTAL_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors ";

	private final String embedAncestors;

	FramingHeaders(@Value("${registry.portal.frame-ancestors:'self'}") String embedAncestors) {
		this.embedAncestors = embedAncestors.isBlank() ? "'none'" : embedAncestors.trim();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (path.equals("/app") || path.startsWith("/app/")) {
			return chain.filter(exchange);
		}
		HttpHeaders headers = exchange.getResponse().getHeaders();
		boolean portal = path.equals("/portal") || path.startsWith("/portal/");
		if (path.equals("/portal/embed")) {
			headers.set(CSP, PORTAL_POLICY + this.embedAncestors);
		}
		else {
			headers.set("X-Frame-Options", "DENY");
			headers.set(CSP, portal ? PORTAL_POLICY + "'none'" : "frame-ancestors 'none'");
		}
		return chain.filter(exchange);
	}

}

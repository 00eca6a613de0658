package vn.dost.registry.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import vn.dost.registry.registry.PublicRegistrations;

/**
 * HTTP validators for everything public ({@code /portal/**}, {@code /api/v1/public/**}):
 * a weak {@code ETag} from the address and the state of the public data, and
 * {@code Last-Modified} from its last change. A revalidation that still matches is
 * answered 304 without rendering or exporting anything. Responses may be cached but must
 * be revalidated ({@code Cache-Control: no-cache}).
 */
@Component
class PublicCaching implements WebFilter {

	private final PublicRegistrations titles;

	PublicCaching(PublicRegistrations titles) {
		this.titles = titles;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!applies(request)) {
			return chain.filter(exchange);
		}
		String etag = "W/\"" + fingerprint(
				this.titles.stateTag() + " " + request.getURI().getRawPath() + "?" + request.getURI().getRawQuery())
				+ "\"";
		exchange.getResponse().getHeaders().setCacheControl("no-cache");
		if (exchange.checkNotModified(etag, this.titles.lastModified())) {
			return exchange.getResponse().setComplete();
		}
		return chain.filter(exchange);
	}

	private static boolean applies(ServerHttpRequest request) {
		if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
			return false;
		}
		String path = request.getPath().value();
		return path.equals("/portal") || path.startsWith("/portal/") || path.startsWith("/api/v1/public/");
	}

	private static String fingerprint(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

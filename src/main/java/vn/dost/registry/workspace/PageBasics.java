package vn.dost.registry.workspace;

import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every workspace page's layout needs besides the user: the page's language, the
 * link to the same page in the other language, and the path (to mark the current
 * navigation entry).
 */
final class PageBasics {

	private PageBasics() {
	}

	static Map<String, Object> of(ServerWebExchange exchange) {
		String lang = WorkspaceLanguage.of(exchange);
		return Map.of("lang", lang, "switchLink", switchLink(exchange, lang.equals("en") ? "vi" : "en"), "path",
				exchange.getRequest().getPath().value());
	}

	/**
	 * The page asked for in the other language; after a form was posted, the dashboard
	 * (the address it was posted to may answer only posts).
	 */
	private static String switchLink(ServerWebExchange exchange, String other) {
		if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
			return WorkspaceLinks.HOME + "?" + WorkspaceLanguage.PARAMETER + "=" + other;
		}
		var asked = exchange.getRequest().getURI();
		return UriComponentsBuilder.fromPath(asked.getRawPath())
			.query(asked.getRawQuery())
			.replaceQueryParam(WorkspaceLanguage.PARAMETER, other)
			.build()
			.toUriString();
	}

}

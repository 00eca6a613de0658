package vn.dost.registry.workspace;

import org.springframework.web.server.ServerWebExchange;

/**
 * The headers htmx sends and reads: pages use it to answer a fragment instead of the
 * whole page, and to send the browser elsewhere.
 */
public final class Htmx {

	/** Sent by htmx on every request it makes. */
	public static final String REQUEST = "HX-Request";

	/** Answered to make htmx load another page as a whole. */
	public static final String REDIRECT = "HX-Redirect";

	private Htmx() {
	}

	/** Whether htmx made the request (so a fragment, not a whole page, is wanted). */
	public static boolean isRequest(ServerWebExchange exchange) {
		return "true".equals(exchange.getRequest().getHeaders().getFirst(REQUEST));
	}

}

package vn.dost.registry.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import vn.dost.registry.registry.AuthorisedUserNotFound;
import vn.dost.registry.registry.RegistrationNotFound;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;

/**
 * The portal pages' own error pages: a browser that asks a page for an unknown filter
 * value, page or order gets an HTML page (400) in the page's language saying what was
 * wrong, one for a title that is unknown or not public or an address that does not exist
 * (404), and one saying the page failed (500) for anything else. Applies to the page
 * controller only, ahead of the API's problem advice; the public API keeps its RFC 9457
 * problems.
 */
@ControllerAdvice(assignableTypes = { PortalController.class, AuthorisedUserPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrorPages {

	private static final Logger log = LoggerFactory.getLogger(PortalErrorPages.class);

	/**
	 * The problems a page can name, as {@code portal.invalid.<name>}; anything else reads
	 * as "other".
	 */
	static final Set<String> NAMED = Set.of("type", "status", "productGroup", "province", "provinceNearest", "sort",
			"page", "tooLong", "tooManyWords");

	/** Every message key the error pages use besides those written in the templates. */
	static final List<String> KEYS = keys();

	private final PortalLinks links;

	PortalErrorPages(PortalLinks links) {
		this.links = links;
	}

	/**
	 * One line of the error page: a message key and its arguments (the value given comes
	 * first).
	 */
	record Problem(String key, Object[] arguments) {
	}

	@ExceptionHandler(InvalidInput.class)
	Rendering invalid(InvalidInput ex, ServerWebExchange exchange) {
		List<Problem> problems = new ArrayList<>();
		for (FieldViolation violation : ex.violations()) {
			String rule = violation.messageKey().substring(violation.messageKey().lastIndexOf('.') + 1);
			problems.add(problem(rule, given(exchange, violation.field()), violation.arguments()));
		}
		return badRequest(problems, exchange);
	}

	/**
	 * A value that is not of its parameter's type: an unknown type, status or group, a
	 * page that is no number.
	 */
	@ExceptionHandler(ServerWebInputException.class)
	Rendering unreadable(ServerWebInputException ex, ServerWebExchange exchange) {
		String parameter = ex.getMethodParameter() == null ? null : ex.getMethodParameter().getParameterName();
		return badRequest(List.of(problem(parameter, given(exchange, parameter))), exchange);
	}

	@ExceptionHandler({ RegistrationNotFound.class, AuthorisedUserNotFound.class })
	Rendering notFound(RuntimeException ex, ServerWebExchange exchange) {
		return error("portal/not-found", HttpStatus.NOT_FOUND, exchange).build();
	}

	@ExceptionHandler(NoSuchPage.class)
	Rendering noSuchPage(NoSuchPage ex, ServerWebExchange exchange) {
		return error("portal/not-found", HttpStatus.NOT_FOUND, exchange).build();
	}

	/**
	 * Anything else that failed while a page was made: the page saying so (500) in the
	 * page's language; the cause goes to the log, never to the visitor. A failure that
	 * carries its own status (405, 406, …) keeps it.
	 */
	@ExceptionHandler(RuntimeException.class)
	Rendering failed(RuntimeException ex, ServerWebExchange exchange) {
		if (ex instanceof ErrorResponse) {
			throw ex;
		}
		log.error("Portal page {} failed", exchange.getRequest().getPath(), ex);
		return error("portal/failed", HttpStatus.INTERNAL_SERVER_ERROR, exchange).build();
	}

	private Rendering badRequest(List<Problem> problems, ServerWebExchange exchange) {
		return error("portal/bad-request", HttpStatus.BAD_REQUEST, exchange).modelAttribute("problems", problems)
			.build();
	}

	private Rendering.Builder<?> error(String view, HttpStatus status, ServerWebExchange exchange) {
		// An error is no representation of the public data: no validators that would let
		// it be revalidated.
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.remove(HttpHeaders.ETAG);
		headers.remove(HttpHeaders.LAST_MODIFIED);
		boolean english = "en".equalsIgnoreCase(exchange.getRequest().getQueryParams().getFirst("lang"));
		PortalLinks.Language in = this.links.in(english);
		return Rendering.view(view)
			.status(status)
			.modelAttribute("lang", english ? "en" : "vi")
			.modelAttribute("links", in)
			.modelAttribute("switchLink", this.links.in(!english).home())
			.modelAttribute("canonical", in.canonicalHome());
	}

	private static Problem problem(String name, String given, Object... more) {
		if (name == null || !NAMED.contains(name)) {
			return new Problem("portal.invalid.other", new Object[0]);
		}
		Object[] arguments = new Object[1 + more.length];
		arguments[0] = given == null ? "" : given;
		System.arraycopy(more, 0, arguments, 1, more.length);
		return new Problem("portal.invalid." + name, arguments);
	}

	private static String given(ServerWebExchange exchange, String parameter) {
		return parameter == null ? null : exchange.getRequest().getQueryParams().getFirst(parameter);
	}

	private static List<String> keys() {
		List<String> keys = new ArrayList<>(NAMED.stream().map(name -> "portal.invalid." + name).toList());
		keys.add("portal.invalid.other");
		return List.copyOf(keys);
	}

}

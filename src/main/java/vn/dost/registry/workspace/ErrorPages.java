package vn.dost.registry.workspace;

import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * The workspace's error pages, HTML in the page's language: one template, a message per
 * problem ({@code app.error.<problem>.title} and {@code .detail}). Controllers' failures
 * get them as a view ({@link WorkspaceErrorAdvice}); the security filters, which answer
 * before any controller, have them written straight to the response.
 */
@Component
class ErrorPages {

	static final String VIEW = "app/error";

	static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final ViewResolver views;

	private final WorkspaceAssets assets;

	ErrorPages(ViewResolver views, WorkspaceAssets assets) {
		this.views = views;
		this.assets = assets;
	}

	/** The problems an error page can name. */
	enum Problem {

		BAD_REQUEST(HttpStatus.BAD_REQUEST, "badRequest"), FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
		EXPIRED_FORM(HttpStatus.FORBIDDEN, "expiredForm"), NOT_FOUND(HttpStatus.NOT_FOUND, "notFound"),
		THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "throttled"), FAILED(HttpStatus.INTERNAL_SERVER_ERROR, "failed");

		final HttpStatus status;

		final String key;

		Problem(HttpStatus status, String key) {
			this.status = status;
			this.key = key;
		}

	}

	/** The error page as a controller's answer. */
	Rendering rendering(Problem problem, ServerWebExchange exchange) {
		return rendering(problem, problem.status, exchange);
	}

	/** The error page as a controller's answer, with another status than the usual. */
	Rendering rendering(Problem problem, HttpStatusCode status, ServerWebExchange exchange) {
		noValidators(exchange);
		return Rendering.view(VIEW).status(status).model(model(problem, status, exchange)).build();
	}

	/**
	 * Writes the error page to the response, for the filters that answer on their own.
	 */
	Mono<Void> write(Problem problem, ServerWebExchange exchange) {
		noValidators(exchange);
		exchange.getResponse().setStatusCode(problem.status);
		return this.views.resolveViewName(VIEW, exchange.getLocaleContext().getLocale())
			.flatMap(view -> view.render(model(problem, problem.status, exchange), HTML, exchange));
	}

	private Map<String, Object> model(Problem problem, HttpStatusCode status, ServerWebExchange exchange) {
		Map<String, Object> model = new HashMap<>(PageBasics.of(exchange));
		model.put("assets", this.assets);
		model.put("problem", problem.key);
		model.put("status", status.value());
		return model;
	}

	private static void noValidators(ServerWebExchange exchange) {
		exchange.getResponse().getHeaders().remove(HttpHeaders.ETAG);
		exchange.getResponse().getHeaders().remove(HttpHeaders.LAST_MODIFIED);
	}

}

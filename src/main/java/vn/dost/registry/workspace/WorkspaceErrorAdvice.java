package vn.dost.registry.workspace;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.RegistryException;
import vn.dost.registry.workspace.ErrorPages.Problem;

/**
 * What a workspace page answers when its handler fails, ahead of the API's problem
 * advice: an unknown id, address, or another organisation's title is the 404 page, a
 * refusal the 403 page, an unreadable address the 400 page, anything else the 500 page
 * (the cause logged, never shown). Forms handle their own input errors
 * ({@link FormErrors}); what reaches here is not about a form.
 */
@ControllerAdvice(basePackageClasses = WorkspaceErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceErrorAdvice.class);

	/** The refusals that say a record belongs to another organisation. */
	static final Set<String> NOT_OWN = Set.of("msg.notOwnTitle", "msg.notOwnHolder", "msg.notOwnProduct");

	private final ErrorPages pages;

	WorkspaceErrorAdvice(ErrorPages pages) {
		this.pages = pages;
	}

	@ExceptionHandler(PageNotFound.class)
	Rendering noPage(PageNotFound ex, ServerWebExchange exchange) {
		return this.pages.rendering(Problem.NOT_FOUND, exchange);
	}

	/**
	 * Another organisation's title reads as unknown: a cooperative learns nothing of
	 * titles not its own.
	 */
	@ExceptionHandler(NotAllowed.class)
	Rendering notAllowed(NotAllowed ex, ServerWebExchange exchange) {
		boolean notOwn = ex.arguments().length > 0 && NOT_OWN.contains(String.valueOf(ex.arguments()[0]));
		return this.pages.rendering(notOwn ? Problem.NOT_FOUND : Problem.FORBIDDEN, exchange);
	}

	@ExceptionHandler(RegistryException.class)
	Rendering registry(RegistryException ex, ServerWebExchange exchange) {
		return byStatus(ex.status(), exchange);
	}

	/**
	 * A parameter of the address that is not of its type: an unknown status, a page no
	 * number.
	 */
	@ExceptionHandler(ServerWebInputException.class)
	Rendering unreadable(ServerWebInputException ex, ServerWebExchange exchange) {
		return this.pages.rendering(Problem.BAD_REQUEST, exchange);
	}

	@ExceptionHandler(RuntimeException.class)
	Rendering failed(RuntimeException ex, ServerWebExchange exchange) {
		if (ex instanceof ErrorResponse answered) {
			return byStatus(answered.getStatusCode(), exchange);
		}
		log.error("Workspace page {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex);
		return this.pages.rendering(Problem.FAILED, exchange);
	}

	private Rendering byStatus(HttpStatusCode status, ServerWebExchange exchange) {
		Problem problem = switch (status.value()) {
			case 403 -> Problem.FORBIDDEN;
			case 404 -> Problem.NOT_FOUND;
			default -> status.is4xxClientError() ? Problem.BAD_REQUEST : Problem.FAILED;
		};
		return this.pages.rendering(problem, status, exchange);
	}

}

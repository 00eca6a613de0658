package vn.dost.registry.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * A feature's checks of its request bodies, run on a body some of whose fields could not
 * be read ({@link UnreadableFields}) so that the problem names its other invalid fields
 * too. Writes nothing.
 */
public interface RequestBodyChecks {

	/**
	 * The invalid fields of the body, as the feature's own checks find them; empty when
	 * the body is not one of the feature's.
	 */
	Mono<List<FieldViolation>> violations(Object body, ServerWebExchange exchange);

	/**
	 * What a check finds: none when it passes, its violations when it fails with
	 * {@link InvalidInput}. Any other failure (a transition not allowed, an unknown id, a
	 * field the check cannot do without) finds nothing here: the request fails on its
	 * unreadable fields anyway.
	 */
	static Mono<List<FieldViolation>> found(Supplier<Mono<?>> check) {
		return Mono.defer(check)
			.then(Mono.just(List.<FieldViolation>of()))
			.onErrorResume(InvalidInput.class, invalid -> Mono.just(invalid.violations()))
			.onErrorResume(RuntimeException.class, other -> Mono.just(List.of()));
	}

	/**
	 * The request's path variable (e.g. the {@code id} of the title acted on), or null.
	 */
	static String pathVariable(ServerWebExchange exchange, String name) {
		Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables == null ? null : variables.get(name);
	}

}

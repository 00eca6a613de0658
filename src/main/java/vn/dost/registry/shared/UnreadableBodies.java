package vn.dost.registry.shared;

import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The other invalid fields of a body that failed before its feature could check it (some
 * fields unreadable, or refused by a size limit): what the feature's checks find in the
 * rest, leaving out what they say of the fields already reported (an unreadable date is
 * not also "required").
 */
@Component
class UnreadableBodies {

	private final List<RequestBodyChecks> checks;

	UnreadableBodies(List<RequestBodyChecks> checks) {
		this.checks = List.copyOf(checks);
	}

	Mono<List<FieldViolation>> others(Object body, Collection<String> reported, ServerWebExchange exchange) {
		return Flux.fromIterable(this.checks)
			.concatMap(check -> check.violations(body, exchange))
			.next()
			.defaultIfEmpty(List.of())
			.map(found -> found.stream().filter(other -> !about(reported, other.field())).toList());
	}

	private static boolean about(Collection<String> reported, String field) {
		return reported.stream()
			.anyMatch(bad -> bad.equals(field) || bad.startsWith(field + "[") || bad.startsWith(field + "."));
	}

}

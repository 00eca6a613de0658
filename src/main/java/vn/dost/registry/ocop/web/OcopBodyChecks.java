package vn.dost.registry.ocop.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.RequestBodyChecks;

/**
 * The checks of an OCOP product and of its re-certification, for a body with fields that
 * could not be read.
 */
@Component
class OcopBodyChecks implements RequestBodyChecks {

	private final OcopProducts products;

	private final OcopProductMapper mapper;

	OcopBodyChecks(OcopProducts products, OcopProductMapper mapper) {
		this.products = products;
		this.mapper = mapper;
	}

	@Override
	public Mono<List<FieldViolation>> violations(Object body, ServerWebExchange exchange) {
		if (body instanceof OcopProductRequest product) {
			return RequestBodyChecks.found(() -> this.products.check(this.mapper.toDraft(product)));
		}
		if (body instanceof RecertifyRequest recertify) {
			return RequestBodyChecks
				.found(() -> this.products.checkRecertification(RequestBodyChecks.pathVariable(exchange, "id"),
						this.mapper.toRecertification(recertify)));
		}
		return Mono.empty();
	}

}

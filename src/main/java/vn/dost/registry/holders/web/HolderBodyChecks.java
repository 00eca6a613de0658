package vn.dost.registry.holders.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.holders.HolderService;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.RequestBodyChecks;

/** The checks of a holder, for a body with fields that could not be read. */
@Component
class HolderBodyChecks implements RequestBodyChecks {

	private final HolderService holders;

	private final HolderMapper mapper;

	HolderBodyChecks(HolderService holders, HolderMapper mapper) {
		this.holders = holders;
		this.mapper = mapper;
	}

	@Override
	public Mono<List<FieldViolation>> violations(Object body, ServerWebExchange exchange) {
		if (body instanceof HolderRequest holder) {
			return RequestBodyChecks
				.found(() -> Mono.fromRunnable(() -> this.holders.requireValid(this.mapper.toDraft(holder))));
		}
		return Mono.empty();
	}

}

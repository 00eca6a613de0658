package vn.dost.registry.ocop;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.holders.HolderReferences;

/**
 * OCOP products point at their holder: a holder with products cannot be deleted (a
 * product's holder must exist). Products show no holder name, so a renamed holder changes
 * nothing here.
 */
@Component
class OcopHolderReferences implements HolderReferences {

	private final ReactiveMongoTemplate mongo;

	OcopHolderReferences(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Boolean> isReferenced(String holderId) {
		return this.mongo.exists(Query.query(Criteria.where("facts.holderId").is(holderId)), OcopProduct.class);
	}

	@Override
	public Mono<Void> holderRenamed(String holderId, Mono<String> currentName) {
		return Mono.empty();
	}

}

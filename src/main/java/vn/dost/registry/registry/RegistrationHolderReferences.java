package vn.dost.registry.registry;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.holders.HolderReferences;

/**
 * Titles point at their holder: a holder with titles cannot be deleted, and a new name
 * reaches its titles.
 */
@Component
class RegistrationHolderReferences implements HolderReferences {

	private final ReactiveMongoTemplate mongo;

	private final RegistrationWriter writer;

	RegistrationHolderReferences(ReactiveMongoTemplate mongo, RegistrationWriter writer) {
		this.mongo = mongo;
		this.writer = writer;
	}

	@Override
	public Mono<Boolean> isReferenced(String holderId) {
		return this.mongo.exists(byHolder(holderId), Registration.class);
	}

	@Override
	public Mono<Void> holderRenamed(String holderId, String newName) {
		return this.mongo.find(byHolder(holderId), Registration.class)
			.map(Registration::getId)
			.concatMap(id -> rename(id, newName))
			.then();
	}

	/**
	 * Re-reads the title on a concurrent change, so an officer's edit and the new name
	 * both survive.
	 */
	private Mono<Registration> rename(String id, String newName) {
		return this.writer.change(id, registration -> {
			registration.holderRenamed(newName);
			return Mono.just(true);
		});
	}

	private static Query byHolder(String holderId) {
		return Query.query(Criteria.where("facts.holderId").is(holderId));
	}

}

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
	public Mono<Void> holderRenamed(String holderId, Mono<String> currentName) {
		return this.mongo.find(byHolder(holderId), Registration.class)
			.map(Registration::getId)
			.concatMap(id -> rename(id, currentName))
			.then();
	}

	/**
	 * Re-reads the title on a concurrent change, so an officer's edit and the new name
	 * both survive; the name is read after the title, so that of two renames racing the
	 * later one's name is what the title keeps.
	 */
	private Mono<Registration> rename(String id, Mono<String> currentName) {
		return this.writer.change(id, registration -> currentName.map(name -> {
			registration.holderRenamed(name);
			return true;
		}));
	}

	private static Query byHolder(String holderId) {
		return Query.query(Criteria.where("facts.holderId").is(holderId));
	}

}

package vn.dost.registry.registry;

import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Stored titles looked up by many values of one field. */
final class StoredLookups {

	/**
	 * Values per query: the embedded database finds each value in its index, then checks
	 * every title found against the whole list again, so one query of 500 values costs
	 * 500 × 500 comparisons.
	 */
	static final int LOOKUP = 50;

	private StoredLookups() {
	}

	/**
	 * The stored titles whose field has one of the values, asked {@value #LOOKUP} values
	 * at a time.
	 */
	static Flux<Registration> findIn(ReactiveMongoTemplate mongo, String field, List<String> values) {
		return Flux.range(0, (values.size() + LOOKUP - 1) / LOOKUP)
			.concatMap(part -> mongo.find(
					Query.query(Criteria.where(field)
						.in(values.subList(part * LOOKUP, Math.min(values.size(), (part + 1) * LOOKUP)))),
					Registration.class));
	}

}

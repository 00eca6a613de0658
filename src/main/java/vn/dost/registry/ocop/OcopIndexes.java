package vn.dost.registry.ocop;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.StartupTask;

/**
 * The OCOP products' query indexes, created before the service takes requests: name order, search text,
 * province, validity, holder, and the counts by province and stars.
 */
@Component
class OcopIndexes implements StartupTask {

	private final ReactiveMongoTemplate mongo;

	OcopIndexes(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Mono<Void> run() {
		var indexes = this.mongo.indexOps(OcopProduct.class);
		return Flux
			.just(new Index("nameSortKey", Direction.ASC).on("_id", Direction.ASC).named("ocop_name_sort"),
					new Index("searchText", Direction.ASC).named("ocop_search_text"),
					new Index("provinceKeys", Direction.ASC).named("ocop_province"),
					new Index("validUntil", Direction.ASC).named("ocop_valid_until"),
					new Index("facts.holderId", Direction.ASC).named("ocop_holder"),
					new Index("facts.currentProvinces", Direction.ASC).on("facts.stars", Direction.ASC)
						.named("ocop_province_stars"))
			.concatMap(indexes::createIndex)
			.then();
	}

}

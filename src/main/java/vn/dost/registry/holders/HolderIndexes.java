package vn.dost.registry.holders;

import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.StartupTask;

/** The holders' query indexes, created before the service takes requests. */
@Component
class HolderIndexes implements StartupTask {

	private final ReactiveMongoTemplate mongo;

	HolderIndexes(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Mono<Void> run() {
		var indexes = this.mongo.indexOps(Holder.class);
		return indexes.createIndex(new Index("nameSortKey", Sort.Direction.ASC).named("holder_name_sort"))
			.then(indexes.createIndex(new Index("nameFolded", Sort.Direction.ASC).named("holder_name_folded")))
			.then();
	}

}

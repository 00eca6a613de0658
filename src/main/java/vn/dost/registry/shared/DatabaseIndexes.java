package vn.dost.registry.shared;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * A collection's database indexes, created (if missing) before the service takes
 * requests.
 */
public abstract class DatabaseIndexes implements StartupTask {

	private final ReactiveMongoTemplate mongo;

	private final Class<?> documents;

	private final List<Index> indexes;

	protected DatabaseIndexes(ReactiveMongoTemplate mongo, Class<?> documents, Index... indexes) {
		this.mongo = mongo;
		this.documents = documents;
		this.indexes = List.of(indexes);
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Mono<Void> run() {
		var operations = this.mongo.indexOps(this.documents);
		return Flux.fromIterable(this.indexes).concatMap(operations::createIndex).then();
	}

}

package vn.dost.registry.shared;

import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import org.bson.RawBsonDocument;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads every record a query matches in order of its (text) {@code _id}, one batch at a
 * time: each batch is a query of its own for the records after the last id of the batch
 * before. Neither the database nor the service holds more than a batch, where one query
 * over the whole collection would make the embedded database build the whole answer in
 * memory before sending any of it. A record present from the first batch to the last is
 * read exactly once; one written meanwhile is read at the version the database has when
 * its batch is read, or not at all if it was created behind the batches.
 */
public final class IdOrderedReads {

	private IdOrderedReads() {
	}

	/**
	 * The records of {@code query} (which must not itself filter, sort or limit on
	 * {@code _id}; its projection is kept) in batches of {@code size}, in order of id.
	 * Only records with a text id are read.
	 */
	public static Flux<List<Document>> batches(ReactiveMongoTemplate mongo, Query query, String collection, int size) {
		return batches(size, after -> batch(mongo, query, collection, size, after),
				record -> String.valueOf(record.get("_id")));
	}

	/**
	 * As {@link #batches}, each record as the database sent it (its BSON bytes, decoded
	 * only where asked): for reads that keep the bytes or look at a few fields only. The
	 * query's conditions are sent as they are (Spring Data's mapping of ids and types is
	 * not applied: give them as stored).
	 */
	public static Flux<List<RawBsonDocument>> rawBatches(ReactiveMongoTemplate mongo, Query query, String collection,
			int size) {
		return batches(size, after -> rawBatch(mongo, query, collection, size, after),
				record -> record.getString("_id").getValue());
	}

	private static <T> Flux<List<T>> batches(int size, Function<String, Mono<List<T>>> read, Function<T, String> id) {
		if (size < 1) {
			throw new IllegalArgumentException("batch size must be positive: " + size);
		}
		return read.apply(null)
			.expand(batch -> batch.size() < size ? Mono.empty() : read.apply(id.apply(batch.get(batch.size() - 1))))
			.filter(batch -> !batch.isEmpty());
	}

	/** The records of {@code query} one by one, read as {@link #batches}. */
	public static Flux<Document> all(ReactiveMongoTemplate mongo, Query query, String collection, int size) {
		return batches(mongo, query, collection, size).concatMapIterable(batch -> batch, 1);
	}

	/**
	 * The batch after {@code after} (null: the first); {@code $gte ""} matches every text
	 * id, and only text ids, on MongoDB and on the embedded database alike.
	 */
	private static Mono<List<Document>> batch(ReactiveMongoTemplate mongo, Query query, String collection, int size,
			String after) {
		return mongo.find(after(query, size, after), Document.class, collection).collectList();
	}

	private static Mono<List<RawBsonDocument>> rawBatch(ReactiveMongoTemplate mongo, Query query, String collection,
			int size, String after) {
		Query next = after(query, size, after);
		return mongo.getCollection(collection)
			.flatMap(records -> Flux
				.from(records.withDocumentClass(RawBsonDocument.class)
					.find(next.getQueryObject())
					.projection(next.getFieldsObject())
					.sort(next.getSortObject())
					.limit(size)
					.batchSize(size))
				.collectList());
	}

	private static Query after(Query query, int size, String after) {
		return Query.of(query)
			.addCriteria(after == null ? Criteria.where("_id").gte("") : Criteria.where("_id").gt(after))
			.with(Sort.by(Sort.Direction.ASC, "_id"))
			.limit(size);
	}

}

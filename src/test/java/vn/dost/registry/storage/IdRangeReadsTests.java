package vn.dost.registry.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.dost.registry.shared.IdOrderedReads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads of a whole collection in batches by id: every record present throughout is read
 * exactly once whatever is written meanwhile, each batch reads about its own records from
 * the file rather than the whole collection, the answers are the stock backend's, and
 * opening a file reads no record for the non-unique indexes the database does not keep.
 */
class IdRangeReadsTests {

	private static final String DATABASE = "registry";

	@TempDir
	Path directory;

	@Test
	void readsEveryRecordPresentThroughoutExactlyOnceWhileOthersWrite() {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("writes"), 0, true);
				MongoClient client = MongoClients.create(database.connectionString(DATABASE))) {
			MongoCollection<Document> things = client.getDatabase(DATABASE).getCollection("things");
			List<String> ids = new ArrayList<>(
					IntStream.range(0, 1_000).mapToObj(i -> UUID.randomUUID().toString()).toList());
			// text ids the map and MongoDB might order differently, were they compared
			// otherwise
			ids.addAll(List.of("Ấp Đông", "ấp đông", "z\uD83D\uDE00", "z\uFFFD", "", "0", "_"));
			insert(things, ids);
			TreeSet<String> ordered = new TreeSet<>(ids);
			Meanwhile writes = new Meanwhile(things, ordered);
			Map<String, Integer> reads = new HashMap<>();
			ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, DATABASE);

			IdOrderedReads.batches(mongo, new Query(), "things", 37).concatMap(batch -> {
				batch.forEach(found -> reads.merge((String) found.get("_id"), 1, Integer::sum));
				return writes.after((String) batch.get(batch.size() - 1).get("_id")).thenReturn(batch);
			}).then().block();

			Set<String> throughout = new TreeSet<>(ids);
			throughout.removeAll(writes.deletedAhead);
			throughout.removeAll(writes.deletedBehind);
			assertThat(reads.values()).as("no record read twice").allMatch(count -> count == 1);
			// a record deleted ahead of the batches may still be read: the next batch's
			// query may run while this one's writes do
			assertThat(reads.keySet()).containsAll(throughout).containsAll(writes.deletedBehind);
			assertThat(writes.rounds).isGreaterThan(20);
			assertThat(writes.deletedAhead).isNotEmpty();
			assertThat(writes.deletedBehind).isNotEmpty();
			assertThat(reads.keySet()).as("records added meanwhile ahead of the batches")
				.containsAnyElementsOf(writes.added);
		}
	}

	@Test
	void readsAboutOneBatchOfRecordsPerBatchNotTheWholeCollection() {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("cost"), 0, true);
				MongoClient client = MongoClients.create(database.connectionString(DATABASE))) {
			MongoCollection<Document> things = client.getDatabase(DATABASE).getCollection("things");
			insert(things, IntStream.range(0, 2_000).mapToObj(i -> String.format("id-%05d", i)).toList());
			IdRangeCollection stored = database.collection(DATABASE, "things");
			long before = stored.recordsRead();

			List<Document> batch = Flux
				.from(things.find(Filters.gt("_id", "id-01000")).sort(Sorts.ascending("_id")).limit(50))
				.collectList()
				.block();

			assertThat(batch).extracting(found -> found.get("_id"))
				.containsExactlyElementsOf(
						IntStream.range(1_001, 1_051).mapToObj(i -> String.format("id-%05d", i)).toList());
			assertThat(stored.recordsRead() - before).isLessThanOrEqualTo(51);

			long whole = stored.recordsRead();
			ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, DATABASE);
			assertThat(IdOrderedReads.all(mongo, new Query(), "things", 100).count().block()).isEqualTo(2_000);
			// each batch looks one record past its end
			assertThat(stored.recordsRead() - whole).as("one pass over the collection").isLessThanOrEqualTo(2_000 + 21);
		}
	}

	@Test
	void readsTheRecordsAsSentInOnePassAsTheDecodedReadDoes() {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("raw"), 0, true);
				MongoClient client = MongoClients.create(database.connectionString(DATABASE))) {
			MongoCollection<Document> things = client.getDatabase(DATABASE).getCollection("things");
			List<Document> records = IntStream.range(0, 1_000)
				.mapToObj(i -> new Document("_id", String.format("id-%05d", i)).append("n", i)
					.append("big", 1L << 40 | i)
					.append("when", new java.util.Date(1_700_000_000_000L + i))
					.append("kind", new Document("name", i % 2 == 0 ? "a" : "b").append("tags", List.of("x", i)))
					.append("left out", "history " + i))
				.toList();
			Mono.from(things.insertMany(records)).block();
			IdRangeCollection stored = database.collection(DATABASE, "things");
			ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, DATABASE);
			Query even = Query.query(org.springframework.data.mongodb.core.query.Criteria.where("kind.name").is("a"));
			even.fields().exclude("left out");
			List<Document> decoded = IdOrderedReads.all(mongo, even, "things", 100).collectList().block();
			long before = stored.recordsRead();

			List<Document> sent = IdOrderedReads.rawBatches(mongo, even, "things", 100)
				.flatMapIterable(batch -> batch)
				.map(raw -> new org.bson.codecs.DocumentCodec().decode(raw.asBsonReader(),
						org.bson.codecs.DecoderContext.builder().build()))
				.collectList()
				.block();

			assertThat(sent).hasSize(500).containsExactlyElementsOf(decoded);
			assertThat(sent).allMatch(record -> !record.containsKey("left out"));
			// batches of 100 of the even records: each looks at the records up to one
			// past its end
			assertThat(stored.recordsRead() - before).as("one pass over the collection")
				.isLessThanOrEqualTo(1_000 + 10);
		}
	}

	@Test
	void answersIdRangesAsTheStockBackendDoes() {
		MVStore memory = new MVStore.Builder().open();
		MongoServer stockServer = new MongoServer(new H2Backend(memory));
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("same"), 0, true);
				MongoClient ours = MongoClients.create(database.connectionString(DATABASE));
				MongoClient stock = MongoClients.create("mongodb://" + address(stockServer.bind()) + "/")) {
			MongoCollection<Document> ourThings = ours.getDatabase(DATABASE).getCollection("things");
			MongoCollection<Document> stockThings = stock.getDatabase(DATABASE).getCollection("things");
			List<Document> records = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				records.add(new Document("_id", UUID.randomUUID().toString()).append("n", i % 7)
					.append("kind", i % 3 == 0 ? "a" : "b"));
			}
			Flux.concat(Mono.from(ourThings.insertMany(records)), Mono.from(stockThings.insertMany(records)))
				.then()
				.block();
			String middle = new TreeSet<>(records.stream().map(found -> (String) found.get("_id")).toList())
				.toArray(String[]::new)[150];
			for (var filter : List.of(Filters.gt("_id", middle), Filters.gte("_id", middle), Filters.gte("_id", ""),
					Filters.and(Filters.gt("_id", middle), Filters.eq("kind", "a")),
					Filters.and(Filters.gte("_id", ""), Filters.lt("n", 3)))) {
				for (int limit : new int[] { 0, 1, 25, 400 }) {
					assertThat(ids(ourThings, filter, limit)).as("%s limit %d", filter, limit)
						.isNotEmpty()
						.containsExactlyElementsOf(ids(stockThings, filter, limit));
				}
			}
		}
		finally {
			stockServer.shutdownNow();
			memory.close();
		}
	}

	@Test
	void readsOnlyTextIdsFromATextBound() {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("kinds"), 0, true);
				MongoClient client = MongoClients.create(database.connectionString(DATABASE))) {
			MongoCollection<Document> things = client.getDatabase(DATABASE).getCollection("things");
			Mono.from(things.insertMany(List.of(new Document("_id", 5), new Document("_id", "b"),
					new Document("_id", new ObjectId()), new Document("_id", "a"), new Document("_id", 2.5))))
				.block();
			assertThat(ids(things, Filters.gte("_id", ""), 0)).containsExactly("a", "b");
			assertThat(ids(things, Filters.gt("_id", "a"), 0)).containsExactly("b");
		}
	}

	@Test
	void opensWithoutReadingRecordsForIndexesItDoesNotKeep() {
		Path folder = this.directory.resolve("indexes");
		try (EmbeddedDatabase database = new EmbeddedDatabase(folder, 0, true);
				MongoClient client = MongoClients.create(database.connectionString(DATABASE))) {
			MongoCollection<Document> things = client.getDatabase(DATABASE).getCollection("things");
			insert(things, IntStream.range(0, 500).mapToObj(i -> "thing-" + i).toList());
			Flux.just("n", "kind", "name")
				.concatMap(field -> things.createIndex(new Document(field, 1)))
				.then()
				.block();
		}
		try (EmbeddedDatabase database = new EmbeddedDatabase(folder, 0, true);
				MongoClient client = MongoClients.create(database.connectionString(DATABASE))) {
			IdRangeCollection stored = database.collection(DATABASE, "things");
			assertThat(stored.recordsRead()).as("records read by opening the file").isZero();
			MongoCollection<Document> things = client.getDatabase(DATABASE).getCollection("things");
			assertThat(Mono.from(things.countDocuments()).block()).isEqualTo(500);
			assertThat(Flux.from(things.listIndexes()).count().block()).isEqualTo(4);
		}
	}

	/**
	 * Writes between two batches: deletes a record not read yet and one read, adds a
	 * record (at a random place), and changes one not read yet.
	 */
	private static final class Meanwhile {

		final List<String> deletedAhead = new ArrayList<>();

		final List<String> deletedBehind = new ArrayList<>();

		final List<String> added = new ArrayList<>();

		int rounds;

		private final MongoCollection<Document> things;

		private final TreeSet<String> ordered;

		Meanwhile(MongoCollection<Document> things, TreeSet<String> ordered) {
			this.things = things;
			this.ordered = ordered;
		}

		Mono<Void> after(String last) {
			String ahead = this.ordered.higher(last);
			String behind = this.ordered.lower(last);
			List<Mono<?>> writes = new ArrayList<>();
			if (ahead != null && this.rounds % 3 == 0) {
				this.ordered.remove(ahead);
				this.deletedAhead.add(ahead);
				writes.add(Mono.from(this.things.deleteOne(Filters.eq("_id", ahead))));
			}
			if (behind != null && this.rounds % 4 == 0) {
				this.ordered.remove(behind);
				this.deletedBehind.add(behind);
				writes.add(Mono.from(this.things.deleteOne(Filters.eq("_id", behind))));
			}
			String changed = this.ordered.higher(last);
			if (changed != null) {
				writes.add(Mono.from(this.things.updateOne(Filters.eq("_id", changed), Updates.inc("version", 1))));
			}
			String fresh = UUID.randomUUID().toString();
			this.added.add(fresh);
			writes.add(Mono.from(this.things.insertOne(new Document("_id", fresh))));
			this.rounds++;
			return Flux.concat(writes).then();
		}

	}

	private static void insert(MongoCollection<Document> things, List<String> ids) {
		Mono.from(things.insertMany(ids.stream().map(id -> new Document("_id", id).append("version", 0)).toList()))
			.block();
	}

	private static List<Object> ids(MongoCollection<Document> things, org.bson.conversions.Bson filter, int limit) {
		return Flux.from(things.find(filter).sort(Sorts.ascending("_id")).limit(limit))
			.map(found -> found.get("_id"))
			.collectList()
			.block();
	}

	private static String address(java.net.InetSocketAddress address) {
		return address.getHostString() + ":" + address.getPort();
	}

}

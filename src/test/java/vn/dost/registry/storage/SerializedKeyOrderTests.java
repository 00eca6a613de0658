package vn.dost.registry.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unique index keys keep the order the stock key type gives them, so index files written
 * before and after stay readable by either: lookups find the stored keys and duplicates
 * are still refused.
 */
class SerializedKeyOrderTests {

	@TempDir
	Path directory;

	@Test
	void ordersKeysAsTheStockKeyType() {
		ObjectDataType stock = new ObjectDataType();
		SerializedKeyOrder order = new SerializedKeyOrder();
		Random random = new Random(42);
		List<KeyValue> keys = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			keys.add(switch (i % 5) {
				case 0 -> new KeyValue("GEOGRAPHICAL_INDICATION|" + random.nextInt(100_000));
				case 1 -> new KeyValue(random.nextLong());
				case 2 -> new KeyValue("Bưởi " + random.nextInt(1000), random.nextInt(63));
				case 3 -> new KeyValue(random.nextDouble());
				default -> new KeyValue((Object) null);
			});
		}
		for (KeyValue a : keys) {
			for (KeyValue b : keys) {
				assertThat(Integer.signum(order.compare(a, b))).as("%s vs %s", a, b)
					.isEqualTo(Integer.signum(stock.compare(a, b)));
			}
		}
	}

	@Test
	void readsUniqueIndexesWrittenByTheStockBackend() {
		Path file = this.directory.resolve("stock").resolve(EmbeddedDatabase.FILE_NAME);
		file.getParent().toFile().mkdirs();
		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		MongoServer stock = new MongoServer(new H2Backend(store));
		try (MongoClient client = MongoClients.create(stock.bindAndGetConnectionString())) {
			MongoCollection<Document> things = client.getDatabase("registry").getCollection("things");
			fill(things);
		}
		finally {
			stock.shutdownNow();
			store.close();
		}
		try (EmbeddedDatabase database = new EmbeddedDatabase(file.getParent(), 0, true);
				MongoClient client = MongoClients.create(database.connectionString("registry"))) {
			MongoCollection<Document> things = client.getDatabase("registry").getCollection("things");
			Flux.range(0, 200)
				.concatMap(i -> Mono.from(things.find(new Document("key", "k-" + i)).first()))
				.count()
				.as(StepVerifier::create)
				.expectNext(200L)
				.verifyComplete();
			Mono.from(things.insertOne(new Document("key", "k-117")))
				.as(StepVerifier::create)
				.expectErrorMatches(ex -> ex.getMessage().contains("duplicate key"))
				.verify();
			Mono.from(things.insertOne(new Document("key", "k-200"))).then().as(StepVerifier::create).verifyComplete();
		}
	}

	@Test
	void writesUniqueIndexesTheStockBackendReads() {
		Path folder = this.directory.resolve("ours");
		try (EmbeddedDatabase database = new EmbeddedDatabase(folder, 0, true);
				MongoClient client = MongoClients.create(database.connectionString("registry"))) {
			MongoCollection<Document> things = client.getDatabase("registry").getCollection("things");
			fill(things);
		}
		MVStore store = new MVStore.Builder().fileName(folder.resolve(EmbeddedDatabase.FILE_NAME).toString()).open();
		MongoServer stock = new MongoServer(new H2Backend(store));
		try (MongoClient client = MongoClients.create(stock.bindAndGetConnectionString())) {
			MongoCollection<Document> things = client.getDatabase("registry").getCollection("things");
			Mono.from(things.find(new Document("key", "k-42")).first())
				.map(found -> found.getString("key"))
				.as(StepVerifier::create)
				.expectNext("k-42")
				.verifyComplete();
			Mono.from(things.insertOne(new Document("key", "k-42")))
				.as(StepVerifier::create)
				.expectErrorMatches(ex -> ex.getMessage().contains("duplicate key"))
				.verify();
		}
		finally {
			stock.shutdownNow();
			store.close();
		}
	}

	/**
	 * A unique sparse index on {@code key} and 200 documents with keys {@code k-0} to
	 * {@code k-199}.
	 */
	private static void fill(MongoCollection<Document> things) {
		Mono.from(things.createIndex(new Document("key", 1), new IndexOptions().unique(true).sparse(true)))
			.thenMany(Flux.range(0, 200).concatMap(i -> Mono.from(things.insertOne(new Document("key", "k-" + i)))))
			.then()
			.as(StepVerifier::create)
			.verifyComplete();
	}

}

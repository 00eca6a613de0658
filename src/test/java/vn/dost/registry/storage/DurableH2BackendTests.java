package vn.dost.registry.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * An acknowledged write is in the file at once: a copy of the file taken right after the
 * acknowledgement, while the server is still running (as {@code kill -9} would leave it),
 * holds the document.
 */
class DurableH2BackendTests {

	@TempDir
	Path directory;

	@Test
	void hasEveryAcknowledgedInsertInTheFileBeforeAnyTimerCommit() throws IOException {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("live"), 0, true);
				MongoClient client = MongoClients.create(database.connectionString("registry"))) {
			// No timer commit can help: only the backend's own commit puts the writes in
			// the file.
			database.store().setAutoCommitDelay(600_000);
			var collection = client.getDatabase("registry").getCollection("things");
			Flux.range(0, 50)
				.concatMap(i -> Mono.from(collection.insertOne(new Document("_id", i).append("name", "Thứ " + i))))
				.then()
				.as(StepVerifier::create)
				.verifyComplete();
			assertCountInCopy(database.file(), 50);
		}
	}

	@Test
	void losesRecentWritesWithoutCommittingEachWrite() throws IOException {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("stock"), 0, false);
				MongoClient client = MongoClients.create(database.connectionString("registry"))) {
			// The stock backend commits on MVStore's timer (one second by default;
			// stretched here so the
			// test does not depend on the machine's speed): until then the file misses
			// the write.
			database.store().setAutoCommitDelay(600_000);
			var collection = client.getDatabase("registry").getCollection("things");
			Mono.from(collection.insertOne(new Document("_id", 1))).then().as(StepVerifier::create).verifyComplete();
			assertCountInCopy(database.file(), 0);
		}
	}

	@Test
	void keepsUniqueIndexesUnderTheWriteLock() {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("unique"), 0, true);
				MongoClient client = MongoClients.create(database.connectionString("registry"))) {
			var collection = client.getDatabase("registry").getCollection("things");
			Mono.from(collection.createIndex(new Document("key", 1),
					new com.mongodb.client.model.IndexOptions().unique(true).sparse(true)))
				.then()
				.as(StepVerifier::create)
				.verifyComplete();
			Flux.range(0, 20)
				.flatMap(i -> Mono.from(collection.insertOne(new Document("key", "same").append("i", i)))
					.map(ok -> 1)
					.onErrorReturn(0), 20)
				.reduce(Integer::sum)
				.as(StepVerifier::create)
				.expectNext(1)
				.verifyComplete();
		}
	}

	/**
	 * Opens a byte copy of the live file with a second store, as a restart after a crash
	 * would, and counts.
	 */
	private void assertCountInCopy(Path file, long expected) throws IOException {
		Path copy = this.directory.resolve("copy-" + System.nanoTime() + ".mv.db");
		Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
		MVStore store = new MVStore.Builder().fileName(copy.toString()).open();
		MongoServer server = new MongoServer(new H2Backend(store));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			Mono.from(client.getDatabase("registry").getCollection("things").countDocuments())
				.as(StepVerifier::create)
				.expectNext(expected)
				.verifyComplete();
		}
		finally {
			server.shutdownNow();
			store.close();
		}
	}

}

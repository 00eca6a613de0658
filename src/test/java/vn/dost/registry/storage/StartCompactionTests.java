package vn.dost.registry.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start rewrites the file only when much of it is dead (many superseded chunks), not
 * on every start; whatever it decides, every record is there, and what a compaction
 * interrupted by a crash left behind is cleaned up first.
 */
class StartCompactionTests {

	private static final int RECORDS = 300;

	private static final String FILLER = "x".repeat(2_000);

	@TempDir
	Path directory;

	@Test
	void leavesAFileOfLiveDataAsItIs() {
		Path folder = this.directory.resolve("live");
		write(folder, 0);
		long size = EmbeddedDatabase.sizeOf(folder.resolve(EmbeddedDatabase.FILE_NAME));

		StartCompaction start = reopen(folder, EmbeddedDatabase.DEFAULT_COMPACT_BELOW);

		assertThat(start.compacted()).as("compacted: %s", start).isFalse();
		assertThat(start.livePercent()).isGreaterThanOrEqualTo(EmbeddedDatabase.DEFAULT_COMPACT_BELOW);
		assertThat(start.bytesBefore()).isEqualTo(size);
	}

	@Test
	void compactsAFileMostlyOfSupersededChunks() {
		Path folder = this.directory.resolve("churned");
		write(folder, 10);

		StartCompaction start = reopen(folder, EmbeddedDatabase.DEFAULT_COMPACT_BELOW);

		assertThat(start.compacted()).as("compacted: %s", start).isTrue();
		assertThat(start.livePercent()).isLessThan(EmbeddedDatabase.DEFAULT_COMPACT_BELOW);
		assertThat(start.bytesAfter()).isLessThan(start.bytesBefore() / 2);
	}

	@Test
	void followsTheThresholdEitherWay() {
		Path folder = this.directory.resolve("threshold");
		write(folder, 10);
		assertThat(reopen(folder, 0).compacted()).as("0: never").isFalse();
		assertThat(reopen(folder, 101).compacted()).as("101: always").isTrue();
		assertThat(reopen(folder, 101).livePercent()).as("just compacted").isGreaterThan(80);
	}

	@Test
	void cleansUpAfterACompactionACrashInterrupted() throws IOException {
		Path folder = this.directory.resolve("interrupted");
		write(folder, 0);
		Path file = folder.resolve(EmbeddedDatabase.FILE_NAME);
		// killed while copying into the temporary file: the original is whole
		Files.writeString(folder.resolve(EmbeddedDatabase.FILE_NAME + ".tempFile"), "half a copy");
		reopen(folder, 0);
		assertThat(folder.resolve(EmbeddedDatabase.FILE_NAME + ".tempFile")).doesNotExist();
		// killed after the original was deleted, before the new file was renamed
		Files.move(file, folder.resolve(EmbeddedDatabase.FILE_NAME + ".newFile"));
		reopen(folder, 0);
		assertThat(file).exists();
		assertThat(folder.resolve(EmbeddedDatabase.FILE_NAME + ".newFile")).doesNotExist();
	}

	/**
	 * Writes {@value #RECORDS} records in one command, then changes each of them
	 * {@code rounds} times, one committed write each, as the service does.
	 */
	private static void write(Path folder, int rounds) {
		try (EmbeddedDatabase database = new EmbeddedDatabase(folder, 0, true, Duration.ofSeconds(5), 0);
				MongoClient client = MongoClients.create(database.connectionString("registry"))) {
			MongoCollection<Document> things = client.getDatabase("registry").getCollection("things");
			List<Document> records = IntStream.range(0, RECORDS)
				.mapToObj(i -> new Document("_id", "thing-" + i).append("text", FILLER).append("round", 0))
				.toList();
			Mono.from(things.insertMany(records)).block();
			Flux.range(1, rounds)
				.concatMap(round -> Flux.range(0, RECORDS)
					.concatMap(i -> things.updateOne(Filters.eq("_id", "thing-" + i), Updates.set("round", round))))
				.then()
				.block();
		}
	}

	/** Opens the folder again with the threshold; checks every record is there. */
	private static StartCompaction reopen(Path folder, int compactBelow) {
		try (EmbeddedDatabase database = new EmbeddedDatabase(folder, 0, true, Duration.ofSeconds(5), compactBelow);
				MongoClient client = MongoClients.create(database.connectionString("registry"))) {
			MongoCollection<Document> things = client.getDatabase("registry").getCollection("things");
			assertThat(Mono.from(things.countDocuments()).block()).isEqualTo(RECORDS);
			return database.startCompaction();
		}
	}

}

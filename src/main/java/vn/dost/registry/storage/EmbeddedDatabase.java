package vn.dost.registry.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process MongoDB wire-protocol server over one MVStore file, bound to the
 * loopback interface only.
 */
public class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String FILE_NAME = "registry.mv.db";

	/**
	 * MVStore's own default is 45 s, which lets a burst of writes grow the file by tens
	 * of megabytes.
	 */
	static final Duration DEFAULT_RETENTION = Duration.ofSeconds(5);

	/** Chunks less full than this are rewritten by the scheduled compaction. */
	private static final int COMPACT_FILL_RATE = 90;

	private final Path file;

	private final boolean commitEveryWrite;

	private final Duration retention;

	private volatile MVStore store;

	private volatile MongoServer server;

	private volatile DurableH2Backend backend;

	private final InetSocketAddress address;

	/**
	 * Below this share of live data in the file, the start rewrites it (a fresh, compact
	 * file costs a copy of every record: worth it only when much of the file is dead).
	 */
	static final int DEFAULT_COMPACT_BELOW = 50;

	private final StartCompaction startCompaction;

	EmbeddedDatabase(Path directory, int port, boolean commitEveryWrite) {
		this(directory, port, commitEveryWrite, DEFAULT_RETENTION, DEFAULT_COMPACT_BELOW);
	}

	/**
	 * @param retention how long MVStore keeps chunks that no longer hold live data before
	 * reusing their space: with a commit per write every write leaves such a chunk, so
	 * this bounds how far the file grows in a burst
	 * @param compactBelow the share of live data in the file (percent) below which the
	 * start rewrites it before opening it (0: never, 100: always)
	 */
	EmbeddedDatabase(Path directory, int port, boolean commitEveryWrite, Duration retention, int compactBelow) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.file = directory.resolve(FILE_NAME).toAbsolutePath();
		this.commitEveryWrite = commitEveryWrite;
		this.retention = retention;
		this.startCompaction = StartCompaction.run(this.file, compactBelow);
		this.address = open(port);
		log.info("Embedded database on {} with its data in {}", this.address, this.file);
	}

	/**
	 * Opens the file and serves it on the port (0: any free one); answers the address.
	 */
	private InetSocketAddress open(int port) {
		MVStore opened = new MVStore.Builder().fileName(this.file.toString()).open();
		opened.setRetentionTime((int) this.retention.toMillis());
		DurableH2Backend backing = new DurableH2Backend(opened, this.commitEveryWrite);
		MongoServer started = new MongoServer(backing);
		started.bind("127.0.0.1", port);
		this.backend = backing;
		this.store = opened;
		this.server = started;
		return started.getLocalAddress();
	}

	/**
	 * Stops serving and closes the file, as a crashed or stopped database would be, while
	 * the service goes on ({@link #restart} brings it back); for the tests of how the
	 * service answers meanwhile.
	 */
	synchronized void stop() {
		close();
		log.warn("Embedded database stopped");
	}

	/** Opens the same file again and serves it on the same address. */
	synchronized void restart() {
		if (!this.store.isClosed()) {
			return;
		}
		open(this.address.getPort());
		log.info("Embedded database serving {} again on {}", this.file, this.address);
	}

	/**
	 * Keeps an operation log, so change streams work as on a replica set (for the tests
	 * of change-stream following; a single service instance does not need it).
	 */
	void enableOplog() {
		this.server.enableOplog();
	}

	public String connectionString(String database) {
		return "mongodb://127.0.0.1:" + this.address.getPort() + "/" + database;
	}

	/** The store itself, for tests that look at what reached the file. */
	MVStore store() {
		return this.store;
	}

	/** A collection as the database keeps it, for tests of how it reads. */
	IdRangeCollection collection(String database, String collection) {
		return (IdRangeCollection) this.backend.resolveDatabase(database).resolveCollection(collection, true);
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Rewrites the partly empty chunks of the open store so their space is reused rather
	 * than the file growing; at most {@code maxBytes} are rewritten per call.
	 */
	public void compact(int maxBytes) {
		MVStore open = this.store;
		if (open.isClosed()) {
			return;
		}
		long before = size();
		open.compact(COMPACT_FILL_RATE, maxBytes);
		log.debug("Compacted {} from {} to {} bytes", this.file, before, size());
	}

	/** What the start found in the file and whether it rewrote it. */
	StartCompaction startCompaction() {
		return this.startCompaction;
	}

	public long size() {
		return sizeOf(this.file);
	}

	static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	@Override
	public void close() {
		this.server.shutdownNow();
		if (!this.store.isClosed()) {
			this.store.close();
		}
	}

}

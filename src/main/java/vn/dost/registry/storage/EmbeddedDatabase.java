package vn.dost.registry.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process MongoDB wire-protocol server over one MVStore file, bound to the loopback interface only.
 */
public class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String FILE_NAME = "registry.mv.db";

	private final Path file;

	private final MVStore store;

	private final MongoServer server;

	private final InetSocketAddress address;

	EmbeddedDatabase(Path directory, int port, boolean commitEveryWrite) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.file = directory.resolve(FILE_NAME).toAbsolutePath();
		this.store = new MVStore.Builder().fileName(this.file.toString()).open();
		this.server = new MongoServer(new DurableH2Backend(this.store, commitEveryWrite));
		this.server.bind("127.0.0.1", port);
		this.address = this.server.getLocalAddress();
		log.info("Embedded database on {} with its data in {}", this.address, this.file);
	}

	public String connectionString(String database) {
		return "mongodb://127.0.0.1:" + this.address.getPort() + "/" + database;
	}

	public Path file() {
		return this.file;
	}

	/** Rewrites the file without the chunks that no longer hold live data, for at most the given time. */
	public void compact(int maxMillis) {
		long before = size();
		this.store.compactFile(maxMillis);
		log.debug("Compacted {} from {} to {} bytes", this.file, before, size());
	}

	public long size() {
		try {
			return Files.size(this.file);
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

package vn.dost.registry.storage;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 MVStore backend, made durable: the stock backend commits on MVStore's one-second timer, so an
 * acknowledged write could be lost to {@code kill -9}; this one commits before acknowledging any write.
 * (Wire messages of the current protocol reach {@link #handleCommand} too.)
 */
class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

	private final MVStore store;

	private final boolean commitEveryWrite;

	/**
	 * @param commitEveryWrite false only to measure what the stock backend loses (see
	 * {@code scripts/durability-check.sh}); the service always runs with true unless told otherwise
	 */
	DurableH2Backend(MVStore store, boolean commitEveryWrite) {
		super(store);
		this.store = store;
		this.commitEveryWrite = commitEveryWrite;
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		Document answer = super.handleCommand(channel, database, command, query);
		commitIfWrite(command);
		return answer;
	}

	private void commitIfWrite(String command) {
		if (this.commitEveryWrite && WRITES.contains(command.toLowerCase(java.util.Locale.ROOT)) && !this.store.isClosed()) {
			this.store.commit();
		}
	}

}

package vn.dost.registry.storage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 MVStore backend, made durable and safe under concurrent writes.
 * <p>
 * The stock backend commits on MVStore's one-second timer, so an acknowledged write could
 * be lost to {@code kill -9}; this one commits before acknowledging any write. Write
 * commands also run one at a time, so a unique-index check and the insert it guards are
 * one step under concurrent inserts of the same key (see docs/decisions.md for what was
 * and was not established about a hang once seen there). Reads stay concurrent. Wire
 * messages of the current protocol reach {@link #handleCommand} too.
 * <p>
 * Unique indexes compare their keys through {@link SerializedKeyOrder}: the stock order,
 * at a fraction of its cost.
 */
class DurableH2Backend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

	private final MVStore store;

	private final boolean commitEveryWrite;

	private final ReentrantLock writes = new ReentrantLock();

	/**
	 * @param commitEveryWrite false only to measure what the stock backend loses (see
	 * {@code scripts/durability-check.sh}); the service always runs with true unless told
	 * otherwise
	 */
	DurableH2Backend(MVStore store, boolean commitEveryWrite) {
		super(store);
		this.store = store;
		this.commitEveryWrite = commitEveryWrite;
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		// Called from the stock constructor for the databases already in the file, before
		// this one's fields are
		// set: the store is asked of the stock backend, which has it by then.
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
			return super.handleCommand(channel, database, command, query);
		}
		this.writes.lock();
		try {
			Document answer = super.handleCommand(channel, database, command, query);
			if (this.commitEveryWrite && !this.store.isClosed()) {
				this.store.commit();
			}
			return answer;
		}
		finally {
			this.writes.unlock();
		}
	}

	/**
	 * A database of the stock backend whose unique indexes use
	 * {@link SerializedKeyOrder}.
	 */
	private final class Database extends H2Database {

		private static final String INDEX_MAP = "._index_";

		private static final String DATA_MAP = "databases.";

		private static final String META_MAP = "meta.";

		Database(String name, MVStore store, CursorRegistry cursors) {
			super(name, store, cursors);
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collection, String indexName, List<IndexKey> keys,
				boolean sparse) {
			// The stock backend's map name, so that indexes already in a file are found;
			// opened with the new key
			// order before the stock code can open it with the old one.
			MVMap<KeyValue, Object> map = getMvStore().openMap(
					getFullCollectionNamespace(collection) + INDEX_MAP + indexName,
					new MVMap.Builder<KeyValue, Object>().keyType(new SerializedKeyOrder()));
			return new SerializedKeyIndex(map, indexName, keys, sparse);
		}

		/**
		 * Records a non-unique index without keeping it, as the stock backend does, but
		 * quietly: it warns "not yet implemented" for each one on every start. Expected
		 * here: lists, searches and counts are answered by the search index, and the
		 * indexes matter on a real MongoDB (docs/decisions.md).
		 */
		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collection, String indexName, List<IndexKey> keys,
				boolean sparse) {
			log.debug("Index {} on {} recorded, not kept: the embedded database keeps unique indexes only", indexName,
					collection);
			return new UnkeptIndex(indexName, keys);
		}

		/**
		 * The stock collection with reads of id ranges that do not scan it, over the
		 * stock backend's maps (the same names, so files written by either are read by
		 * the other).
		 */
		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
			String name = getFullCollectionNamespace(collection);
			MVMap<Object, de.bwaldvogel.mongo.bson.Document> records = getMvStore().openMap(DATA_MAP + name);
			MVMap<String, Object> meta = getMvStore().openMap(META_MAP + name);
			return new IdRangeCollection(this, collection, options, records, meta, this.cursorRegistry);
		}

	}

	/**
	 * A non-unique index the embedded database does not keep. The stock one says it is
	 * empty, so every start (which adds each recorded index to its collection again) read
	 * every record of the collection twice per such index, to fill an index that keeps
	 * nothing; this one says it is not, and nothing is read.
	 */
	static final class UnkeptIndex extends EmptyIndex<Object> {

		UnkeptIndex(String name, List<IndexKey> keys) {
			super(name, keys);
		}

		@Override
		public boolean isEmpty() {
			return false;
		}

	}

}

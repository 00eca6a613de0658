package vn.dost.registry.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the start of the embedded database did to its file before opening it: a compaction
 * a crash interrupted is always finished or discarded first; then the file is measured,
 * and copied into a fresh one with only its live data when less than the given share of
 * it is live. (MVStore's own online file shrinking trips an internal assertion on
 * reopened stores, so the file is shrunk only here, while nothing uses it.)
 *
 * @param bytesBefore the file's size as found (0: none yet)
 * @param livePercent the share of the file that held live data, by MVStore's accounts
 * @param compacted whether the file was rewritten
 * @param bytesAfter the file's size when opened
 */
record StartCompaction(long bytesBefore, int livePercent, boolean compacted, long bytesAfter) {

	private static final Logger log = LoggerFactory.getLogger(StartCompaction.class);

	static StartCompaction run(Path file, int compactBelow) {
		String name = file.toString();
		MVStoreTool.compactCleanUp(name);
		if (!Files.exists(file)) {
			return new StartCompaction(0, 100, false, 0);
		}
		long before = EmbeddedDatabase.sizeOf(file);
		int live = livePercent(name);
		if (live >= compactBelow) {
			log.info("Store file {}: {} bytes, about {} % live data: not compacted (compacted below {} %)", file,
					before, live, compactBelow);
			return new StartCompaction(before, live, false, before);
		}
		MVStoreTool.compact(name, false);
		long after = EmbeddedDatabase.sizeOf(file);
		log.info("Compacted {} at start: {} → {} bytes (about {} % of it was live data)", file, before, after, live);
		return new StartCompaction(before, live, true, after);
	}

	/**
	 * The share of the file that is live data: the share of its blocks that chunks take,
	 * times the share of the chunks' bytes still referenced. Read from the chunks'
	 * metadata alone, without reading any record.
	 */
	static int livePercent(String name) {
		MVStore store = new MVStore.Builder().fileName(name).readOnly().open();
		try {
			FileStore<?> files = store.getFileStore();
			return files.getFillRate() * files.getChunksFillRate() / 100;
		}
		finally {
			store.closeImmediately();
		}
	}

}

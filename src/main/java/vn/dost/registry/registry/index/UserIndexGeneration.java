package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.dost.registry.registry.Registration;

/**
 * One in-memory index of authorised users and the version of each title it has seen: a
 * title's users are replaced together, only by a newer version of the title, so writes,
 * change-stream events and a rebuild's reads may arrive in any order. Changed only from
 * the users' index thread; searched from any thread.
 */
final class UserIndexGeneration {

	/** The version of a deleted title: nothing older may bring its users back. */
	private static final long DELETED = Long.MAX_VALUE;

	private final UserFields fields;

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<String, Long> versions = new HashMap<>();

	UserIndexGeneration(UserFields fields) {
		this.fields = fields;
		IndexWriterConfig config = new IndexWriterConfig(new VietnameseAnalyzer())
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setCommitOnClose(false)
			.setRAMBufferSizeMB(16);
		try {
			this.writer = new IndexWriter(this.directory, config);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces the title's users by those of this version of it, unless a newer one was
	 * seen.
	 */
	void put(Registration title) {
		long incoming = title.getVersion() == null ? 0L : title.getVersion();
		if (newer(title.getId(), incoming)) {
			put(title.getId(), incoming, this.fields.documents(title));
		}
	}

	/**
	 * Replaces the users of a title by the given index documents of this version of it,
	 * unless a newer one was seen (for a title known to have none the public may see,
	 * without decoding it).
	 */
	void put(String titleId, long incoming, List<Document> users) {
		if (!newer(titleId, incoming)) {
			return;
		}
		try {
			if (this.versions.containsKey(titleId)) {
				this.writer.deleteDocuments(new Term(UserFields.TITLE_ID, titleId));
			}
			// never an empty block: an empty addDocuments leaves the writer's accounting
			// unbalanced (closing it then fails Lucene's own assertion)
			if (!users.isEmpty()) {
				this.writer.addDocuments(users);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.versions.put(titleId, incoming);
	}

	private boolean newer(String titleId, long incoming) {
		Long known = this.versions.get(titleId);
		return known == null || known < incoming;
	}

	/** Removes the users of a deleted title. */
	void remove(String titleId) {
		try {
			this.writer.deleteDocuments(new Term(UserFields.TITLE_ID, titleId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.versions.put(titleId, DELETED);
	}

	/** Makes every change applied so far visible to searches. */
	void refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	IndexSearcher acquire() {
		try {
			return this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void release(IndexSearcher searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The memory the index's files and the writer's buffers take. */
	long ramBytesUsed() {
		long files = 0;
		try {
			for (String file : this.directory.listAll()) {
				files += this.directory.fileLength(file);
			}
		}
		catch (IOException deletedMeanwhile) {
			// a merge removed a file while it was counted: the figure is an estimate
		}
		return files + this.writer.ramBytesUsed();
	}

	void close() {
		try {
			this.searchers.close();
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

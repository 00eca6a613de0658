package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.apache.lucene.util.BytesRef;

import vn.dost.registry.registry.RegistrationListing;

/**
 * One in-memory index and what it has seen: every change is applied only if it is newer
 * than the version the index already holds, so writes, change-stream events and a
 * rebuild's reads may arrive in any order. Changed only from the index thread; searched
 * from any thread.
 */
final class IndexGeneration {

	/** The version of a deleted title: nothing older may bring it back. */
	private static final long DELETED = Long.MAX_VALUE;

	private final IndexedFields fields;

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<String, Long> versions = new HashMap<>();

	/** How many records this generation has taken: each one's {@code written} order. */
	private final AtomicLong taken = new AtomicLong();

	/**
	 * The facet values of the segments searched so far, by segment core; views are opened
	 * on one thread at a time.
	 */
	private final Map<Object, SegmentFacets> segmentFacets = new ConcurrentHashMap<>();

	/** The titles decoded so far of the segments searched, by segment core. */
	private final Map<Object, SegmentTitles> segmentTitles = new ConcurrentHashMap<>();

	private final SegmentTitles.Budget budget;

	/**
	 * @param keptTitles how many titles the answers each view of the index keeps may hold
	 * (0: none)
	 */
	IndexGeneration(IndexedFields fields, int keptTitles) {
		this(fields, keptTitles, 0);
	}

	/**
	 * @param keptTitles how many titles the answers each view of the index keeps may hold
	 * (0: none)
	 * @param decodedTitles how many titles read back by searches the segments may keep
	 * decoded in all (0: none)
	 */
	IndexGeneration(IndexedFields fields, int keptTitles, int decodedTitles) {
		this.fields = fields;
		this.budget = new SegmentTitles.Budget(decodedTitles);
		IndexWriterConfig config = new IndexWriterConfig(new VietnameseAnalyzer())
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setCommitOnClose(false)
			.setIndexSort(IndexQueries.NAME_ORDER)
			.setRAMBufferSizeMB(32);
		try {
			this.writer = new IndexWriter(this.directory, config);
			this.searchers = new SearcherManager(this.writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
					return new FacetedSearcher(reader, IndexGeneration.this.segmentFacets,
							IndexGeneration.this.segmentTitles, IndexGeneration.this.budget, keptTitles);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Indexes the stored record unless the index already holds this or a newer version;
	 * true if it did.
	 */
	boolean put(org.bson.Document stored) {
		return put(stored, null);
	}

	/**
	 * As {@link #put(org.bson.Document)}, with the listing of the registration the record
	 * was written from (null: read from the record), which spares reading it back.
	 */
	boolean put(org.bson.Document stored, RegistrationListing written) {
		String id = String.valueOf(stored.get("_id"));
		Object version = stored.get("version");
		long incoming = version instanceof Number number ? number.longValue() : 0L;
		Long known = this.versions.get(id);
		if (known != null && known >= incoming) {
			return false;
		}
		BytesRef source = this.fields.source(stored);
		RegistrationListing listing = written != null ? written : this.fields.read(source);
		try {
			Document doc = this.fields.document(source, listing, stored);
			doc.add(new NumericDocValuesField(IndexedFields.WRITTEN, this.taken.incrementAndGet()));
			if (known == null) {
				// never indexed in this generation: there is no older document to replace
				this.writer.addDocument(doc);
			}
			else {
				this.writer.updateDocument(new Term(IndexedFields.ID, id), doc);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.versions.put(id, incoming);
		return true;
	}

	void remove(String id) {
		try {
			this.writer.deleteDocuments(new Term(IndexedFields.ID, id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.versions.put(id, DELETED);
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

	/** A searcher to release after use; taking one never waits. */
	FacetedSearcher acquire() {
		try {
			return (FacetedSearcher) this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void release(FacetedSearcher searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The index's memory: its segments, the writer's buffers and the facet arrays of the
	 * segments searched.
	 */
	long ramBytesUsed() {
		long files = 0;
		try {
			for (String file : this.directory.listAll()) {
				files += this.directory.fileLength(file);
			}
		}
		catch (IOException deletedMeanwhile) {
			// a merge removed a file while it was counted: the figure is an estimate
			// anyway
		}
		long facets = this.segmentFacets.values().stream().mapToLong(SegmentFacets::bytes).sum();
		return files + this.writer.ramBytesUsed() + facets;
	}

	/**
	 * Closes the writer; searches still running on an acquired searcher finish normally.
	 */
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

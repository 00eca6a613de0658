package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time view of the index, with its facet ordinals prepared when the view was
 * opened (on the index thread), so a search never builds them.
 */
final class FacetedSearcher extends IndexSearcher {

	private final SortedSetDocValuesReaderState facets;

	/** Per day, how many marks in this view lapsed since they were indexed; -1 until asked. */
	private volatile long lapsedDay = Long.MIN_VALUE;

	private volatile int lapsedCount;

	FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
		super(reader);
		this.facets = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
	}

	/** The prepared facet ordinals, or null for an empty index. */
	SortedSetDocValuesReaderState facets() {
		return this.facets;
	}

	/** How many titles of this view read as lapsed today though indexed as granted. */
	int lapsedOn(LocalDate today, TitleQueries queries) {
		long day = today.toEpochDay();
		if (this.lapsedDay != day) {
			try {
				this.lapsedCount = count(queries.lapsed(today));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.lapsedDay = day;
		}
		return this.lapsedCount;
	}

}

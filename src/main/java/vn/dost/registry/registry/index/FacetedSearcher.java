package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time view of the index, with the facet values of each of
 * its segments read when the view was opened (on the index thread; a segment already read
 * for an earlier view is shared), so a search never reads them.
 */
final class FacetedSearcher extends IndexSearcher {

	/** Per segment (by leaf ordinal), its facet values. */
	private final SegmentFacets[] facets;

	private final KeptAnswers results;

	/**
	 * @param known the facet values of segments read for earlier views, by segment core;
	 * segments gone from this view are dropped from it, new ones added
	 * @param keptTitles how many titles the answers this view keeps may hold (0: keeps
	 * none)
	 */
	FacetedSearcher(IndexReader reader, Map<Object, SegmentFacets> known, int keptTitles) throws IOException {
		super(reader);
		this.results = new KeptAnswers(keptTitles);
		List<LeafReaderContext> leaves = reader.leaves();
		this.facets = new SegmentFacets[leaves.size()];
		Set<Object> present = new HashSet<>();
		for (LeafReaderContext leaf : leaves) {
			Object core = leaf.reader().getCoreCacheHelper().getKey();
			present.add(core);
			SegmentFacets segment = known.get(core);
			if (segment == null) {
				segment = SegmentFacets.read(leaf.reader());
				known.put(core, segment);
			}
			this.facets[leaf.ord] = segment;
		}
		known.keySet().retainAll(present);
	}

	/**
	 * Counts per dimension and value over the titles a search matched, as indexed, and
	 * how many of them are marks indexed as granted whose grace period ended before
	 * {@code today}.
	 */
	Counted countFacets(FacetsCollector matched, LocalDate today) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		long lapsed = 0;
		try {
			for (FacetsCollector.MatchingDocs docs : matched.getMatchingDocs()) {
				DocIdSetIterator hits = docs.bits == null ? null : docs.bits.iterator();
				if (hits != null) {
					lapsed += this.facets[docs.context.ord].count(hits, counts, today.toEpochDay());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Counted(counts, lapsed);
	}

	/** Facet counts as indexed, and the lapsed marks among the titles counted. */
	record Counted(Map<String, Map<String, Long>> counts, long lapsed) {
	}

	/** The pages recently answered from this view. */
	KeptAnswers results() {
		return this.results;
	}

	/** The memory the facet arrays of this view take, roughly. */
	long facetBytes() {
		long bytes = 0;
		for (SegmentFacets segment : this.facets) {
			bytes += segment.bytes();
		}
		return bytes;
	}

}

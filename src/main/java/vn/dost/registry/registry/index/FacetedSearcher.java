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
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

import vn.dost.registry.registry.RegistrationListing;

/**
 * A searcher over one point-in-time view of the index, with the facet values of each of
 * its segments read when the view was opened (on the index thread; a segment already read
 * for an earlier view is shared), so a search never reads them.
 */
final class FacetedSearcher extends IndexSearcher {

	/** Per segment (by leaf ordinal), its facet values. */
	private final SegmentFacets[] facets;

	/** Per segment (by leaf ordinal), its titles decoded so far. */
	private final SegmentTitles[] titles;

	private final SegmentTitles.Budget budget;

	private final KeptAnswers results;

	private static final Set<String> SOURCE = Set.of(IndexedFields.SOURCE);

	/**
	 * @param known the facet values of segments read for earlier views, by segment core;
	 * segments gone from this view are dropped from it, new ones added
	 * @param keptTitles how many titles the answers this view keeps may hold (0: keeps
	 * none)
	 */
	FacetedSearcher(IndexReader reader, Map<Object, SegmentFacets> known, Map<Object, SegmentTitles> decoded,
			SegmentTitles.Budget budget, int keptTitles) throws IOException {
		super(reader);
		this.results = new KeptAnswers(keptTitles);
		this.budget = budget;
		List<LeafReaderContext> leaves = reader.leaves();
		this.facets = new SegmentFacets[leaves.size()];
		this.titles = new SegmentTitles[leaves.size()];
		Set<Object> present = new HashSet<>();
		int kept = 0;
		for (LeafReaderContext leaf : leaves) {
			Object core = leaf.reader().getCoreCacheHelper().getKey();
			present.add(core);
			SegmentFacets segment = known.get(core);
			if (segment == null) {
				segment = SegmentFacets.read(leaf.reader());
				known.put(core, segment);
			}
			this.facets[leaf.ord] = segment;
			this.titles[leaf.ord] = decoded.computeIfAbsent(core, any -> new SegmentTitles(leaf.reader().maxDoc()));
			kept += this.titles[leaf.ord].kept();
		}
		known.keySet().retainAll(present);
		decoded.keySet().retainAll(present);
		budget.recount(kept);
	}

	/**
	 * The title at the index-wide document number, decoded from its stored record by
	 * {@code fields} unless its segment keeps it decoded already.
	 */
	RegistrationListing title(int doc, IndexedFields fields) {
		List<LeafReaderContext> leaves = getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		return this.titles[leaf.ord].get(doc - leaf.docBase, this.budget, local -> {
			try {
				return fields
					.read(leaf.reader().storedFields().document(local, SOURCE).getBinaryValue(IndexedFields.SOURCE));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
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

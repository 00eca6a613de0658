package vn.dost.registry.registry.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import vn.dost.registry.registry.RegistrationStatus;

/**
 * The facet values of every title of one index segment, read once into plain arrays when
 * the segment is first searched: counting a result's facets is then one array walk per
 * hit. (Lucene's own counting decodes the packed doc values of every hit on every search,
 * which was the largest part of a search's time.) A segment never changes once written,
 * so its arrays stay valid for as long as it is searched; deleted titles are never hits.
 * About 4 bytes per facet value per title plus 8 per title. The grace-period ends are
 * kept too, so the same walk counts the marks that lapsed since they were indexed.
 */
final class SegmentFacets {

	private static final SegmentFacets EMPTY = new SegmentFacets(new int[1], new int[0], new String[0], new String[0],
			new int[0], -1);

	/**
	 * Where each title's values start in {@link #ords}; title {@code d} has
	 * {@code ords[starts[d]..starts[d+1])}.
	 */
	private final int[] starts;

	private final int[] ords;

	/** The dimension and the value of each of the segment's ordinals. */
	private final String[] dimensions;

	private final String[] values;

	/**
	 * Per title, the day its grace period ends (days since 1970-01-01), or
	 * {@link Integer#MAX_VALUE}.
	 */
	private final int[] graceEnds;

	/**
	 * The ordinal of the status GRANTED as indexed (-1: no title of the segment has it).
	 */
	private final int granted;

	private SegmentFacets(int[] starts, int[] ords, String[] dimensions, String[] values, int[] graceEnds,
			int granted) {
		this.starts = starts;
		this.ords = ords;
		this.dimensions = dimensions;
		this.values = values;
		this.graceEnds = graceEnds;
		this.granted = granted;
	}

	/**
	 * Reads the segment's facet values (the facets' doc values field, as
	 * {@link FacetsConfig} wrote them).
	 */
	static SegmentFacets read(LeafReader reader) throws IOException {
		SortedSetDocValues docValues = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
		int valueCount = (int) docValues.getValueCount();
		if (valueCount == 0) {
			return EMPTY;
		}
		String[] dimensions = new String[valueCount];
		String[] values = new String[valueCount];
		int granted = -1;
		for (int ord = 0; ord < valueCount; ord++) {
			BytesRef label = docValues.lookupOrd(ord);
			String text = label.utf8ToString();
			int cut = text.indexOf(FacetsConfig.DELIM_CHAR);
			// a label without a value (a dimension's own entry) is never counted
			dimensions[ord] = cut < 0 ? null : text.substring(0, cut);
			values[ord] = cut < 0 ? null : text.substring(cut + 1);
			if (IndexedFields.STATUS.equals(dimensions[ord]) && RegistrationStatus.GRANTED.name().equals(values[ord])) {
				granted = ord;
			}
		}
		int maxDoc = reader.maxDoc();
		int[] starts = new int[maxDoc + 1];
		int[] ords = new int[Math.max(16, maxDoc * 4)];
		int size = 0;
		int next = 0;
		for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
			for (; next <= doc; next++) {
				starts[next] = size;
			}
			int count = docValues.docValueCount();
			if (size + count > ords.length) {
				ords = Arrays.copyOf(ords, Math.max(size + count, ords.length + (ords.length >> 1)));
			}
			for (int i = 0; i < count; i++) {
				ords[size++] = (int) docValues.nextOrd();
			}
		}
		for (; next <= maxDoc; next++) {
			starts[next] = size;
		}
		return new SegmentFacets(starts, Arrays.copyOf(ords, size), dimensions, values, graceEnds(reader), granted);
	}

	private static int[] graceEnds(LeafReader reader) throws IOException {
		int[] days = new int[reader.maxDoc()];
		Arrays.fill(days, Integer.MAX_VALUE);
		NumericDocValues graceEnds = DocValues.getNumeric(reader, IndexedFields.GRACE_ENDS);
		for (int doc = graceEnds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = graceEnds.nextDoc()) {
			days[doc] = (int) graceEnds.longValue();
		}
		return days;
	}

	/**
	 * Adds the facet values of the given titles of this segment to {@code counts}
	 * (dimension → value → count), and answers how many of them are marks indexed as
	 * granted whose grace period ended before {@code today} (they read as expired).
	 */
	long count(DocIdSetIterator hits, Map<String, Map<String, Long>> counts, long today) throws IOException {
		if (this.values.length == 0) {
			return 0;
		}
		int[] perOrd = new int[this.values.length];
		int[] from = this.starts;
		int[] all = this.ords;
		long lapsed = 0;
		for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
			boolean pastGrace = this.graceEnds[doc] < today;
			for (int i = from[doc], end = from[doc + 1]; i < end; i++) {
				int ord = all[i];
				perOrd[ord]++;
				if (pastGrace && ord == this.granted) {
					lapsed++;
				}
			}
		}
		for (int ord = 0; ord < perOrd.length; ord++) {
			if (perOrd[ord] > 0 && this.dimensions[ord] != null) {
				counts.computeIfAbsent(this.dimensions[ord], dimension -> new HashMap<>())
					.merge(this.values[ord], (long) perOrd[ord], Long::sum);
			}
		}
		return lapsed;
	}

	/** The memory the arrays take, roughly. */
	long bytes() {
		return 4L * (this.starts.length + this.ords.length + this.graceEnds.length) + 64L * this.values.length;
	}

}

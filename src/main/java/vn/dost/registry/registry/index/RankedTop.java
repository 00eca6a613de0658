package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best titles in a listing's order — relevance, a day (grant date newest first,
 * expiry soonest first) or nothing before it — ties in Vietnamese name order then id: the
 * order of {@code Sort(first, name, id)}, found without comparing names for every
 * competitive hit. Inside a segment the titles lie in name-then-id order (the index is
 * sorted so), so there the order is the first key, then position: each segment keeps its
 * own best {@code wanted} that way, and only those are ranked against the other segments'
 * by their names and ids. (Comparing by name as the hits come reads a name back for each
 * hit that enters the page, which took a third of a search's time.)
 */
final class RankedTop implements CollectorManager<RankedTop.SegmentsTop, ScoreDoc[]> {

	/**
	 * The first key, then name and id: by position inside one segment (the same order
	 * there), by the values read back only for hits of different segments that tie.
	 */
	private static final Comparator<Ranked> ORDER = (a, b) -> {
		int byKey = Long.compare(b.key, a.key);
		if (byKey != 0) {
			return byKey;
		}
		if (a.segment == b.segment) {
			return Integer.compare(a.doc, b.doc);
		}
		int byName = a.name().compareTo(b.name());
		return byName != 0 ? byName : a.id().compareTo(b.id());
	};

	private final First first;

	private final int wanted;

	private RankedTop(First first, int wanted) {
		this.first = first;
		this.wanted = wanted;
	}

	/**
	 * The best {@code wanted} in the sort's order, or null for an order this does not
	 * rank (one not ending in name, then id).
	 */
	static RankedTop of(Sort sort, int wanted) {
		SortField[] fields = sort.getSort();
		if (fields.length == 2 && sort.equals(IndexQueries.NAME_ORDER)) {
			return new RankedTop(First.NONE, wanted);
		}
		if (fields.length != 3 || !new Sort(fields[1], fields[2]).equals(IndexQueries.NAME_ORDER)) {
			return null;
		}
		SortField key = fields[0];
		if (key.equals(SortField.FIELD_SCORE)) {
			return new RankedTop(First.SCORE, wanted);
		}
		if (key.getType() == SortField.Type.LONG && key.getMissingValue() instanceof Long missing) {
			return new RankedTop(new Day(key.getField(), key.getReverse(), missing), wanted);
		}
		return null;
	}

	@Override
	public SegmentsTop newCollector() {
		return new SegmentsTop(this.first, this.wanted);
	}

	/**
	 * The best {@code wanted} over every segment, best first, with index-wide document
	 * numbers (and their scores when ranked by relevance).
	 */
	@Override
	public ScoreDoc[] reduce(Collection<SegmentsTop> collectors) {
		List<Ranked> candidates = new ArrayList<>();
		for (SegmentsTop collector : collectors) {
			for (SegmentTop segment : collector.segments) {
				segment.queue.forEach(candidates::add);
			}
		}
		candidates.sort(ORDER);
		int size = Math.min(this.wanted, candidates.size());
		ScoreDoc[] best = new ScoreDoc[size];
		for (int i = 0; i < size; i++) {
			Ranked ranked = candidates.get(i);
			best[i] = new ScoreDoc(ranked.segment.context.docBase + ranked.doc, ranked.score);
		}
		return best;
	}

	/**
	 * A listing's first sort key, as a number that is higher for a title that comes
	 * first.
	 */
	private interface First {

		First NONE = context -> doc -> 0;

		First SCORE = new First() {
			@Override
			public Keys keys(LeafReaderContext context) {
				return doc -> 0;
			}

			@Override
			public boolean scored() {
				return true;
			}
		};

		Keys keys(LeafReaderContext context) throws IOException;

		default boolean scored() {
			return false;
		}

	}

	/** The key of each title of one segment, read as the hits come. */
	private interface Keys {

		long key(int doc) throws IOException;

	}

	/**
	 * A day kept as a number of days, newest or soonest first, titles without it last
	 * (the missing value the sort gives them).
	 */
	private record Day(String field, boolean descending, long missing) implements First {

		@Override
		public Keys keys(LeafReaderContext context) throws IOException {
			NumericDocValues days = DocValues.getNumeric(context.reader(), this.field);
			return doc -> {
				long day = days.advanceExact(doc) ? days.longValue() : this.missing;
				// both stay within range: the missing values are Long.MIN_VALUE and
				// Long.MAX_VALUE
				return this.descending ? day : -day;
			};
		}

	}

	/** One search's collector: a {@link SegmentTop} per segment. */
	static final class SegmentsTop implements Collector {

		private final First first;

		private final int wanted;

		private final List<SegmentTop> segments = new ArrayList<>();

		SegmentsTop(First first, int wanted) {
			this.first = first;
			this.wanted = wanted;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			SegmentTop segment = new SegmentTop(context, this.wanted,
					this.first.scored() ? null : this.first.keys(context));
			this.segments.add(segment);
			return segment;
		}

		@Override
		public ScoreMode scoreMode() {
			return this.first.scored() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
		}

	}

	/**
	 * The best {@code wanted} hits of one segment by the first key, then position
	 * (earlier wins a tie).
	 */
	private static final class SegmentTop implements LeafCollector {

		private final LeafReaderContext context;

		private final int wanted;

		/** The kept hits, the weakest on top. */
		private final PriorityQueue<Ranked> queue;

		/** Null when ranked by score. */
		private final Keys keys;

		private Scorable scorer;

		SegmentTop(LeafReaderContext context, int wanted, Keys keys) {
			this.context = context;
			this.wanted = wanted;
			this.keys = keys;
			this.queue = new PriorityQueue<>(wanted) {
				@Override
				protected boolean lessThan(Ranked a, Ranked b) {
					return a.key != b.key ? a.key < b.key : a.doc > b.doc;
				}
			};
		}

		@Override
		public void setScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			float score = this.keys == null ? this.scorer.score() : Float.NaN;
			long key = this.keys == null ? NumericUtils.floatToSortableInt(score) : this.keys.key(doc);
			if (this.queue.size() < this.wanted) {
				this.queue.add(new Ranked(this, doc, key, score));
			}
			else if (key > this.queue.top().key) {
				// hits come in increasing position: an equal key comes later in name
				// order
				// and does not displace
				Ranked weakest = this.queue.top();
				weakest.doc = doc;
				weakest.key = key;
				weakest.score = score;
				this.queue.updateTop();
			}
		}

		/**
		 * A sort value of one of this segment's titles (read seldom, once per hit: a
		 * fresh reader each time).
		 */
		BytesRef value(String field, int doc) {
			try {
				SortedDocValues values = DocValues.getSorted(this.context.reader(), field);
				return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()) : new BytesRef();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * A kept hit: its segment, position in it, key and score; its name and id are read
	 * when first compared.
	 */
	private static final class Ranked {

		private final SegmentTop segment;

		private int doc;

		private long key;

		private float score;

		private BytesRef name;

		private BytesRef id;

		Ranked(SegmentTop segment, int doc, long key, float score) {
			this.segment = segment;
			this.doc = doc;
			this.key = key;
			this.score = score;
		}

		BytesRef name() {
			if (this.name == null) {
				this.name = this.segment.value(IndexedFields.NAME_SORT, this.doc);
			}
			return this.name;
		}

		BytesRef id() {
			if (this.id == null) {
				this.id = this.segment.value(IndexedFields.ID, this.doc);
			}
			return this.id;
		}

	}

}

package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * The best titles by relevance, ties in Vietnamese name order then id: the order of
 * {@code Sort(score, name, id)}, found without comparing names for every competitive hit.
 * Inside a segment the titles lie in name-then-id order (the index is sorted so), so
 * there the order is score, then position: each segment keeps its own best {@code wanted}
 * that way, and only those are ranked against the other segments' by their names and ids.
 * (Comparing by name as the hits come reads a name back for each hit that enters the
 * page, which took a third of a search's time.)
 */
final class RelevanceTop implements CollectorManager<RelevanceTop.SegmentsTop, ScoreDoc[]> {

	/**
	 * Score, then name and id: by position inside one segment (the same order there), by
	 * the values read back only for hits of different segments that tie on score.
	 */
	private static final Comparator<Ranked> ORDER = (a, b) -> {
		int byScore = Float.compare(b.score, a.score);
		if (byScore != 0) {
			return byScore;
		}
		if (a.segment == b.segment) {
			return Integer.compare(a.doc, b.doc);
		}
		int byName = a.name().compareTo(b.name());
		return byName != 0 ? byName : a.id().compareTo(b.id());
	};

	private final int wanted;

	/**
	 * @param wanted how many of the best to find: the page's end
	 */
	RelevanceTop(int wanted) {
		this.wanted = wanted;
	}

	@Override
	public SegmentsTop newCollector() {
		return new SegmentsTop(this.wanted);
	}

	/**
	 * The best {@code wanted} over every segment, best first, with index-wide document
	 * numbers.
	 */
	@Override
	public ScoreDoc[] reduce(Collection<SegmentsTop> collectors) {
		List<Ranked> candidates = new ArrayList<>();
		for (SegmentsTop collector : collectors) {
			for (SegmentTop segment : collector.segments) {
				segment.rankedInto(candidates);
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

	/** One search's collector: a {@link SegmentTop} per segment. */
	static final class SegmentsTop implements Collector {

		private final int wanted;

		private final List<SegmentTop> segments = new ArrayList<>();

		SegmentsTop(int wanted) {
			this.wanted = wanted;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) {
			SegmentTop segment = new SegmentTop(context, this.wanted);
			this.segments.add(segment);
			return segment;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

	/**
	 * The best {@code wanted} hits of one segment by score, then position (earlier wins a
	 * tie).
	 */
	private static final class SegmentTop implements LeafCollector {

		private final LeafReaderContext context;

		private final HitQueue queue;

		/** The weakest kept hit (a placeholder scoring -∞ until the queue is full). */
		private ScoreDoc weakest;

		private Scorable scorer;

		SegmentTop(LeafReaderContext context, int wanted) {
			this.context = context;
			this.queue = new HitQueue(wanted, true);
			this.weakest = this.queue.top();
		}

		@Override
		public void setScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			float score = this.scorer.score();
			// hits come in increasing position: an equal score comes later in name order
			// and does not displace
			if (score > this.weakest.score) {
				this.weakest.doc = doc;
				this.weakest.score = score;
				this.weakest = this.queue.updateTop();
			}
		}

		/** Adds the kept hits. */
		void rankedInto(List<Ranked> into) {
			for (ScoreDoc hit : this.queue) {
				if (hit.score != Float.NEGATIVE_INFINITY) {
					into.add(new Ranked(this, hit.doc, hit.score));
				}
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
	 * A kept hit: its segment, position in it and score; its name and id are read when
	 * first compared.
	 */
	private static final class Ranked {

		private final SegmentTop segment;

		private final int doc;

		private final float score;

		private BytesRef name;

		private BytesRef id;

		Ranked(SegmentTop segment, int doc, float score) {
			this.segment = segment;
			this.doc = doc;
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

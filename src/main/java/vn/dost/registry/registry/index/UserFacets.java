package vn.dost.registry.registry.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.shared.VietnameseText;

/**
 * Counts the users a lookup matched: in all, per status as it reads today (an active
 * right past its end counts as expired) in the declared order, and per 2025 province by
 * count then Vietnamese name. Reads each matched user's doc values once; a segment's few
 * distinct values are looked up once per segment.
 */
final class UserFacets implements CollectorManager<UserFacets.Counter, UserFacets.Counts> {

	static final String STATUS = "status";

	static final String PROVINCE = "province";

	private static final AuthorisedUserStatus[] STATUSES = AuthorisedUserStatus.values();

	private final long today;

	UserFacets(LocalDate today) {
		this.today = today.toEpochDay();
	}

	/** The total and the counts per dimension and value. */
	record Counts(long total, Map<String, Map<String, Long>> facets) {
	}

	@Override
	public Counter newCollector() {
		return new Counter(this.today);
	}

	@Override
	public Counts reduce(Collection<Counter> counters) {
		long total = 0;
		long[] byStatus = new long[STATUSES.length];
		Map<String, Long> byProvince = new HashMap<>();
		for (Counter counter : counters) {
			total += counter.total;
			for (int i = 0; i < byStatus.length; i++) {
				byStatus[i] += counter.byStatus[i];
			}
			counter.byProvince.forEach((name, count) -> byProvince.merge(name, count, Long::sum));
		}
		Map<String, Long> statuses = new LinkedHashMap<>();
		for (int i = 0; i < byStatus.length; i++) {
			if (byStatus[i] > 0) {
				statuses.put(STATUSES[i].name(), byStatus[i]);
			}
		}
		Map<String, Long> provinces = new LinkedHashMap<>();
		byProvince.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue()
				.reversed()
				.thenComparing(entry -> VietnameseText.collationKey(entry.getKey())))
			.forEach(entry -> provinces.put(entry.getKey(), entry.getValue()));
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put(STATUS, statuses);
		facets.put(PROVINCE, provinces);
		return new Counts(total, facets);
	}

	/** Counts of one searching thread. */
	static final class Counter implements Collector {

		private final long today;

		private long total;

		private final long[] byStatus = new long[STATUSES.length];

		private final Map<String, Long> byProvince = new HashMap<>();

		Counter(long today) {
			this.today = today;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			SortedDocValues status = DocValues.getSorted(context.reader(), UserFields.STATUS);
			int[] statusOf = new int[status.getValueCount()];
			for (int ord = 0; ord < statusOf.length; ord++) {
				statusOf[ord] = AuthorisedUserStatus.valueOf(status.lookupOrd(ord).utf8ToString()).ordinal();
			}
			NumericDocValues until = DocValues.getNumeric(context.reader(), UserFields.VALID_UNTIL);
			SortedDocValues province = DocValues.getSorted(context.reader(), UserFields.PROVINCE_FACET);
			long[] perProvince = new long[province.getValueCount()];
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
					// counts need no scores
				}

				@Override
				public void collect(int doc) throws IOException {
					Counter.this.total++;
					if (status.advanceExact(doc)) {
						Counter.this.byStatus[readStatus(statusOf[status.ordValue()], until, doc)]++;
					}
					if (province.advanceExact(doc)) {
						perProvince[province.ordValue()]++;
					}
				}

				@Override
				public void finish() throws IOException {
					for (int ord = 0; ord < perProvince.length; ord++) {
						if (perProvince[ord] > 0) {
							Counter.this.byProvince.merge(province.lookupOrd(ord).utf8ToString(), perProvince[ord],
									Long::sum);
						}
					}
				}

			};
		}

		/** The status as it reads today: active past its end is expired. */
		private int readStatus(int stored, NumericDocValues until, int doc) throws IOException {
			if (stored == AuthorisedUserStatus.ACTIVE.ordinal() && until.advanceExact(doc)
					&& until.longValue() < this.today) {
				return AuthorisedUserStatus.EXPIRED.ordinal();
			}
			return stored;
		}

	}

}

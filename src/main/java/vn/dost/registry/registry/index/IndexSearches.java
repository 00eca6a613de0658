package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.registry.RegistrationHits;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.shared.PageRequest;

/**
 * Answers listings, searches, facet counts and suggestions from the index alone: the
 * titles come back from the record stored in the index, so no search reads the database.
 * Runs on the caller's thread; it only computes.
 */
@Component
public class IndexSearches {

	/**
	 * Pages ending further than this are ranked by Lucene's own sorting collector
	 * (slower, deep pages are rare).
	 */
	private static final int RANKED_PAGE_END = 1_000;

	private static final Set<String> ID = Set.of(IndexedFields.ID);

	private final RegistrationIndex index;

	private final IndexQueries queries;

	private final FacetCounts facets;

	/** Searches answered by computing the answer, and from an answer kept on the view. */
	private final LongAdder computed = new LongAdder();

	private final LongAdder kept = new LongAdder();

	IndexSearches(RegistrationIndex index) {
		this.index = index;
		this.queries = index.queries();
		this.facets = new FacetCounts();
	}

	/**
	 * One page of the titles the query finds, with the exact total and the facet counts
	 * over all of them. When the words find nothing, a retry lets long words differ by
	 * one edit. The same question asked again on the same view of the index (nothing
	 * changed meanwhile) gets the answer kept from the first time.
	 */
	public Mono<RegistrationHits> search(RegistrationQuery query, PageRequest page, LocalDate today) {
		return search(query, page, today, false);
	}

	/**
	 * As {@link #search(RegistrationQuery, PageRequest, LocalDate)}; with {@code fresh}
	 * no kept answer is used.
	 */
	public Mono<RegistrationHits> search(RegistrationQuery query, PageRequest page, LocalDate today, boolean fresh) {
		return Mono.fromCallable(() -> {
			KeptAnswers.Key key = new KeptAnswers.Key(query, page.offset(), page.size(), today.toEpochDay());
			boolean[] computing = new boolean[1];
			RegistrationHits found = this.index.read(searcher -> searcher.results().get(key, fresh, () -> {
				computing[0] = true;
				return compute(searcher, query, page, today);
			}));
			(computing[0] ? this.computed : this.kept).increment();
			return found;
		});
	}

	/** Searches answered so far by computing the answer. */
	long computed() {
		return this.computed.sum();
	}

	/**
	 * Searches answered so far with an answer kept on the view from an identical earlier
	 * search.
	 */
	long kept() {
		return this.kept.sum();
	}

	private RegistrationHits compute(FacetedSearcher searcher, RegistrationQuery query, PageRequest page,
			LocalDate today) {
		List<String> words = this.queries.words(query.q());
		List<Query> filters = this.queries.filters(query, today);
		Sort sort = IndexQueries.sort(query.sort(), !words.isEmpty());
		boolean punctuationOnly = query.q() != null && !query.q().isBlank() && words.isEmpty();
		Query exact = IndexQueries.combine(punctuationOnly ? IndexQueries.term(IndexedFields.ID, "")
				: words.isEmpty() ? null : this.queries.text(words, IndexedFields.TEXT, false), filters);
		List<String> dimensions = RegistrationIndex.shownDimensions(query.publicOnly());
		RegistrationHits found = find(searcher, exact, page, sort, today, false, dimensions);
		if (found.totalItems() > 0 || !IndexQueries.fuzzyMayHelp(words)) {
			return found;
		}
		Query fuzzy = IndexQueries.combine(this.queries.text(words, IndexedFields.TEXT, true), filters);
		RegistrationHits retried = find(searcher, fuzzy, page, sort, today, true, dimensions);
		return retried.totalItems() > 0 ? retried : found;
	}

	/**
	 * Every title the query finds (its words and filters, no page), in the query's order
	 * (name order by default), from the records the index stores: for reports that list a
	 * whole province.
	 */
	public Mono<List<RegistrationListing>> all(RegistrationQuery query, LocalDate today) {
		return Mono.fromCallable(() -> {
			List<String> words = this.queries.words(query.q());
			Query found = IndexQueries.combine(
					words.isEmpty() ? null : this.queries.text(words, IndexedFields.TEXT, false),
					this.queries.filters(query, today));
			Sort sort = IndexQueries.sort(query.sort(), !words.isEmpty());
			return this.index.read(searcher -> {
				try {
					int count = searcher.count(found);
					return count == 0 ? List.<RegistrationListing>of() : top(searcher, found, count, sort);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		});
	}

	/**
	 * Up to {@code limit} titles whose name, sign or an alias starts with the words, best
	 * first; kept on the view like a listing's answer, by the analysed words (so
	 * {@code Sầu} and {@code sau} share one).
	 */
	public Mono<List<RegistrationListing>> suggest(String text, String holderId, int limit) {
		return Mono.fromCallable(() -> {
			List<String> words = this.queries.words(text);
			if (words.isEmpty()) {
				return List.<RegistrationListing>of();
			}
			List<Query> filters = holderId == null ? List.of()
					: List.of(IndexQueries.term(IndexedFields.HOLDER, holderId));
			Sort sort = IndexQueries.sort("relevance", true);
			// kept like a listing's answer (type-ahead asks the same beginnings again and
			// again); no day: the
			// suggestions do not depend on it
			KeptAnswers.Key key = new KeptAnswers.Key(new Suggestion(words, holderId), 0, limit, 0);
			return this.index.read(searcher -> searcher.results().get(key, false, () -> {
				List<RegistrationListing> found = top(searcher,
						IndexQueries.combine(this.queries.text(words, IndexedFields.NAME, false), filters), limit,
						sort);
				if (found.isEmpty() && IndexQueries.fuzzyMayHelp(words)) {
					found = top(searcher,
							IndexQueries.combine(this.queries.text(words, IndexedFields.NAME, true), filters), limit,
							sort);
				}
				return new RegistrationHits(found, found.size(), Map.of(), false);
			}).items());
		});
	}

	/**
	 * The question a suggestion answers, as a kept answer's key: the analysed words and
	 * the holder's scope.
	 */
	private record Suggestion(List<String> words, String holderId) {
	}

	/**
	 * Every mark whose expiry date lies within [from, to], soonest first, optionally only
	 * those found under one of the given provinces (any name a title is found under) or
	 * of one holder.
	 */
	public Mono<List<RegistrationListing>> marksExpiringBetween(LocalDate from, LocalDate to,
			Collection<String> provinces, String holderId) {
		return Mono.fromCallable(() -> {
			List<Query> filters = new ArrayList<>();
			filters.add(LongPoint.newRangeQuery(IndexedFields.EXPIRY, from.toEpochDay(), to.toEpochDay()));
			if (provinces != null) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				provinces
					.forEach(province -> any.add(IndexQueries.term(IndexedFields.PROVINCE, province), Occur.SHOULD));
				filters.add(any.build());
			}
			if (holderId != null) {
				filters.add(IndexQueries.term(IndexedFields.HOLDER, holderId));
			}
			Sort soonest = IndexQueries.sort("expiryDate", false);
			return this.index.read(searcher -> {
				Query query = IndexQueries.combine(null, filters);
				try {
					int count = searcher.count(query);
					return count == 0 ? List.<RegistrationListing>of() : top(searcher, query, count, soonest);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		});
	}

	/**
	 * The ids of the titles with an authorised user whose right ends within [from, to]
	 * (any status: the caller looks at each user).
	 */
	public Mono<List<String>> withUsersEndingBetween(LocalDate from, LocalDate to) {
		return ids(LongPoint.newRangeQuery(IndexedFields.USER_ENDS, from.toEpochDay(), to.toEpochDay()));
	}

	/** The ids of the titles of the holder, in any status. */
	public Mono<List<String>> ofHolder(String holderId) {
		return ids(new TermQuery(new Term(IndexedFields.HOLDER, holderId)));
	}

	/**
	 * The ids alone of the titles the query finds: the callers read the titles from the
	 * database, so they are not decoded here.
	 */
	private Mono<List<String>> ids(Query query) {
		return Mono.fromCallable(() -> this.index.read(searcher -> {
			try {
				int count = searcher.count(query);
				if (count == 0) {
					return List.<String>of();
				}
				StoredFields stored = searcher.storedFields();
				List<String> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
					ids.add(stored.document(hit.doc, ID).get(IndexedFields.ID));
				}
				return ids;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

	/**
	 * The {@code limit} titles the query finds that changed last, newest change first (of
	 * titles changed at the same instant, the one written last first), from the index's
	 * record of when each title last changed (no history: the index keeps titles without
	 * it).
	 */
	public Mono<List<RegistrationListing>> changedLast(RegistrationQuery query, int limit, LocalDate today) {
		return Mono.fromCallable(() -> {
			Query found = IndexQueries.combine(null, this.queries.filters(query, today));
			SortField newest = new SortField(IndexedFields.UPDATED_AT, SortField.Type.LONG, true);
			newest.setMissingValue(Long.MIN_VALUE);
			SortField writtenLast = new SortField(IndexedFields.WRITTEN, SortField.Type.LONG, true);
			return this.index.read(searcher -> top(searcher, found, limit, new Sort(newest, writtenLast)));
		});
	}

	/**
	 * Counts per facet value over every title the query finds (no page), for every
	 * dimension the index keeps:
	 * {@code type, status, currentProvince, productGroup, dataIssue, grantYear}.
	 */
	public Mono<Map<String, Map<String, Long>>> counts(RegistrationQuery query, LocalDate today) {
		return Mono.fromCallable(() -> {
			List<Query> filters = this.queries.filters(query, today);
			List<String> words = this.queries.words(query.q());
			return this.index.read(searcher -> {
				Query all = IndexQueries
					.combine(words.isEmpty() ? null : this.queries.text(words, IndexedFields.TEXT, false), filters);
				try {
					FacetsCollector matched = searcher.search(all, new FacetsCollectorManager());
					return this.facets.count(searcher, matched, today, IndexedFields.DIMENSIONS);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		});
	}

	private RegistrationHits find(FacetedSearcher searcher, Query query, PageRequest page, Sort sort, LocalDate today,
			boolean approximate, List<String> dimensions) {
		try {
			int wanted = (int) Math.min(page.offset() + page.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
			FacetsCollector matched;
			ScoreDoc[] best;
			RankedTop ranked = wanted <= RANKED_PAGE_END ? RankedTop.of(sort, wanted) : null;
			if (ranked != null) {
				Object[] found = searcher.search(query,
						new MultiCollectorManager(ranked, new FacetsCollectorManager()));
				best = (ScoreDoc[]) found[0];
				matched = (FacetsCollector) found[1];
			}
			else {
				FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
						Math.max(1, wanted), sort, scored(sort), new FacetsCollectorManager());
				best = result.topDocs().scoreDocs;
				matched = result.facetsCollector();
			}
			long total = matched.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
			List<RegistrationListing> items = titles(searcher, best, (int) Math.min(page.offset(), wanted));
			Map<String, Map<String, Long>> counts = this.facets.count(searcher, matched, today, dimensions);
			return new RegistrationHits(items, total, counts, approximate);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<RegistrationListing> top(FacetedSearcher searcher, Query query, int limit, Sort sort) {
		try {
			return titles(searcher, searcher.search(query, limit, sort, true).scoreDocs, 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<RegistrationListing> titles(FacetedSearcher searcher, ScoreDoc[] docs, int from) throws IOException {
		List<RegistrationListing> titles = new ArrayList<>();
		for (int i = from; i < docs.length; i++) {
			titles.add(searcher.title(docs[i].doc, this.index.fields()));
		}
		return titles;
	}

	private static boolean scored(Sort sort) {
		return sort.getSort()[0] == SortField.FIELD_SCORE;
	}

}

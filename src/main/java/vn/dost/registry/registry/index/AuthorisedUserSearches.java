package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.AuthorisedUserHits;
import vn.dost.registry.registry.AuthorisedUserListing;
import vn.dost.registry.registry.AuthorisedUserQuery;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.PageRequest;

/**
 * Answers public lookups of authorised users from their index alone: words of the user's
 * name or code or of the title (without diacritics, the last word as a prefix, a retry
 * letting long words differ by one edit when nothing is found), filters, the exact total
 * and the counts per status and province. Runs on the caller's thread; it only computes.
 */
@Component
public class AuthorisedUserSearches {

	private static final SortField BY_NAME = new SortField(UserFields.NAME_SORT, SortField.Type.STRING);

	private static final SortField BY_KEY = new SortField(UserFields.KEY, SortField.Type.STRING);

	private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_NAME, BY_KEY);

	private static final Sort NAME_ORDER = new Sort(BY_NAME, BY_KEY);

	private final AuthorisedUserIndex index;

	private final IndexQueries queries;

	private final Provinces provinces;

	AuthorisedUserSearches(AuthorisedUserIndex index, Provinces provinces) {
		this.index = index;
		this.queries = new IndexQueries(provinces);
		this.provinces = provinces;
	}

	/**
	 * One page of the users the query finds, best match first (by name without words),
	 * with the exact total and the counts per status and province over all of them.
	 */
	public Mono<AuthorisedUserHits> search(AuthorisedUserQuery query, PageRequest page, LocalDate today) {
		return Mono.fromCallable(() -> {
			List<String> words = this.queries.words(query.q());
			List<Query> filters = filters(query, today);
			boolean punctuationOnly = query.q() != null && !query.q().isBlank() && words.isEmpty();
			Sort sort = words.isEmpty() ? NAME_ORDER : BY_RELEVANCE;
			return this.index.read(searcher -> {
				AuthorisedUserHits found = find(searcher,
						punctuationOnly ? nothing() : IndexQueries.combine(
								words.isEmpty() ? null : this.queries.text(words, UserFields.TEXT, false), filters),
						page, sort, today, false);
				if (found.totalItems() > 0 || !IndexQueries.fuzzyMayHelp(words)) {
					return found;
				}
				AuthorisedUserHits retried = find(searcher,
						IndexQueries.combine(this.queries.text(words, UserFields.TEXT, true), filters), page, sort,
						today, true);
				return retried.totalItems() > 0 ? retried : found;
			});
		});
	}

	/**
	 * Every user the query finds, in name order (best match first with words): the open
	 * data.
	 */
	public Mono<List<AuthorisedUserListing>> all(AuthorisedUserQuery query, LocalDate today) {
		return Mono.fromCallable(() -> {
			List<String> words = this.queries.words(query.q());
			Query found = IndexQueries.combine(
					words.isEmpty() ? null : this.queries.text(words, UserFields.TEXT, false), filters(query, today));
			return this.index.read(searcher -> {
				try {
					int count = searcher.count(found);
					if (count == 0) {
						return List.<AuthorisedUserListing>of();
					}
					return listings(searcher,
							searcher.search(found, count, words.isEmpty() ? NAME_ORDER : BY_RELEVANCE, true), 0);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		});
	}

	private AuthorisedUserHits find(IndexSearcher searcher, Query query, PageRequest page, Sort sort, LocalDate today,
			boolean approximate) {
		try {
			int wanted = (int) Math.min(page.offset() + page.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
			Object[] found = searcher.search(query, new MultiCollectorManager(
					new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE), new UserFacets(today)));
			UserFacets.Counts counts = (UserFacets.Counts) found[1];
			List<AuthorisedUserListing> items = listings(searcher, (TopDocs) found[0],
					(int) Math.min(page.offset(), wanted));
			return new AuthorisedUserHits(items, counts.total(), counts.facets(), approximate);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<AuthorisedUserListing> listings(IndexSearcher searcher, TopDocs top, int from)
			throws IOException {
		StoredFields stored = searcher.storedFields();
		List<AuthorisedUserListing> users = new ArrayList<>();
		ScoreDoc[] docs = top.scoreDocs;
		for (int i = from; i < docs.length; i++) {
			users.add(UserFields.listing(stored.document(docs[i].doc)));
		}
		return users;
	}

	/** The lookup's filters: users the public may see today, then the query's own. */
	private List<Query> filters(AuthorisedUserQuery query, LocalDate today) {
		List<Query> filters = new ArrayList<>();
		filters.add(titleInForce(today));
		if (query.status() != null) {
			filters.add(status(query.status(), today));
		}
		if (query.province() != null && !query.province().isBlank()) {
			String province = this.provinces.canonicalName(query.province())
				.orElseThrow(() -> InvalidInput.of("province", "validation.province", query.province()));
			filters.add(IndexQueries.term(UserFields.PROVINCE, province));
		}
		if (query.type() != null) {
			filters.add(IndexQueries.term(UserFields.TYPE, query.type().name()));
		}
		if (query.titleId() != null && !query.titleId().isBlank()) {
			filters.add(IndexQueries.term(UserFields.TITLE_ID, query.titleId()));
		}
		return filters;
	}

	/**
	 * Users of titles still granted today: a mark whose grace period ended since the last
	 * sweep is out.
	 */
	private static Query titleInForce(LocalDate today) {
		return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
			.add(LongPoint.newRangeQuery(UserFields.GRACE_ENDS, Long.MIN_VALUE, today.toEpochDay() - 1), Occur.MUST_NOT)
			.build();
	}

	/** The status a user has today: an active right past its end reads as expired. */
	private static Query status(AuthorisedUserStatus status, LocalDate today) {
		Query ended = LongPoint.newRangeQuery(UserFields.VALID_UNTIL, Long.MIN_VALUE, today.toEpochDay() - 1);
		Query active = IndexQueries.term(UserFields.STATUS, AuthorisedUserStatus.ACTIVE.name());
		return switch (status) {
			case ACTIVE -> new BooleanQuery.Builder().add(active, Occur.FILTER).add(ended, Occur.MUST_NOT).build();
			case EXPIRED -> new BooleanQuery.Builder().add(active, Occur.FILTER).add(ended, Occur.FILTER).build();
			default -> IndexQueries.term(UserFields.STATUS, status.name());
		};
	}

	private static Query nothing() {
		return IndexQueries.term(UserFields.TITLE_ID, "");
	}

}

package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.DataIssues;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.SearchWords;
import vn.dost.registry.shared.VietnameseText;

/**
 * Turns a listing's parameters into index queries. The user's text only ever becomes
 * analysed words in term, prefix and fuzzy queries: no query syntax is parsed, so
 * {@code AND}, {@code (}, {@code .*} or {@code {"$gt":""}} are words like any other.
 */
final class IndexQueries {

	/**
	 * The most distinct words a search may have; more is a 400 (and would exceed Lucene's
	 * clause limit).
	 */
	static final int MAX_WORDS = 16;

	/**
	 * Words of letters this long or longer may differ by one edit in the fuzzy retry.
	 * Numbers never do: a mistyped number must not find another title's number.
	 */
	static final int FUZZY_MIN_LENGTH = 5;

	private static final int FUZZY_EXPANSIONS = 16;

	static final Set<String> SORTS = Set.of("name", "-grantDate", "expiryDate", "relevance");

	private static final SortField BY_NAME = new SortField(IndexedFields.NAME_SORT, SortField.Type.STRING);

	private static final SortField BY_ID = new SortField(IndexedFields.ID, SortField.Type.STRING);

	/**
	 * Vietnamese name order, then id: also the order of the titles inside every segment
	 * of the index, so a listing by name reads them in order, and titles that tie on
	 * relevance (many do: one product in many places) come in name order and stop
	 * competing for the page once it is full.
	 */
	static final Sort NAME_ORDER = new Sort(BY_NAME, BY_ID);

	private final Analyzer analyzer = new VietnameseAnalyzer();

	private final Provinces provinces;

	IndexQueries(Provinces provinces) {
		this.provinces = provinces;
	}

	/**
	 * The folded, distinct words of the user's text, in order; none for blank or
	 * punctuation-only text.
	 */
	List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		if (text.length() > SearchWords.QUERY_MAX) {
			throw InvalidInput.of("q", "validation.tooLong", SearchWords.QUERY_MAX);
		}
		Set<String> words = new LinkedHashSet<>();
		try (TokenStream tokens = this.analyzer.tokenStream(IndexedFields.TEXT, VietnameseText.nfc(text))) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (words.size() > MAX_WORDS) {
			throw InvalidInput.of("q", "validation.tooManyWords", MAX_WORDS);
		}
		return List.copyOf(words);
	}

	/** Whether the fuzzy retry could find anything the exact search did not. */
	static boolean fuzzyMayHelp(List<String> words) {
		return words.stream().anyMatch(IndexQueries::mayDiffer);
	}

	private static boolean mayDiffer(String word) {
		return word.length() >= FUZZY_MIN_LENGTH && word.chars().noneMatch(Character::isDigit);
	}

	/**
	 * Every word must occur in the title's text, the last one as a prefix (type-ahead);
	 * words of the name count more. With {@code fuzzy}, a long word may also differ by
	 * one edit, an exact word still scoring higher.
	 */
	Query text(List<String> words, String field, boolean fuzzy) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (int i = 0; i < words.size(); i++) {
			boolean last = i == words.size() - 1;
			all.add(word(field, words.get(i), last, fuzzy), Occur.MUST);
			if (!field.equals(IndexedFields.NAME)) {
				all.add(new BoostQuery(word(IndexedFields.NAME, words.get(i), last, fuzzy), 2f), Occur.SHOULD);
			}
		}
		return all.build();
	}

	private static Query word(String field, String word, boolean last, boolean fuzzy) {
		Term term = new Term(field, word);
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(new BoostQuery(new TermQuery(term), 2f), Occur.SHOULD);
		if (last) {
			any.add(new PrefixQuery(term), Occur.SHOULD);
		}
		if (fuzzy && mayDiffer(word)) {
			any.add(new FuzzyQuery(term, 1, 0, FUZZY_EXPANSIONS, true), Occur.SHOULD);
		}
		return any.build();
	}

	/** The listing's filters; a title must pass every one. */
	List<Query> filters(RegistrationQuery query, LocalDate today) {
		List<Query> filters = new ArrayList<>();
		if (query.type() != null) {
			filters.add(term(IndexedFields.TYPE, query.type().name()));
		}
		if (query.status() != null) {
			filters.add(status(query.status(), today));
		}
		if (query.province() != null && !query.province().isBlank()) {
			filters.add(term(IndexedFields.PROVINCE, this.provinces.require(query.province(), "province")));
		}
		if (query.productGroup() != null) {
			filters.add(term(IndexedFields.PRODUCT_GROUP, query.productGroup().name()));
		}
		if (query.holderId() != null) {
			filters.add(term(IndexedFields.HOLDER, query.holderId()));
		}
		if (query.incomplete() != null) {
			filters.add(term(IndexedFields.INCOMPLETE, query.incomplete().toString()));
		}
		if (query.dataIssue() != null && !query.dataIssue().isBlank()) {
			filters.add(dataIssue(query.dataIssue().strip()));
		}
		if (query.expiringBefore() != null) {
			filters.add(LongPoint.newRangeQuery(IndexedFields.EXPIRY, Long.MIN_VALUE,
					query.expiringBefore().toEpochDay() - 1));
		}
		if (query.publicOnly()) {
			filters.add(publicTitles());
		}
		return filters;
	}

	/**
	 * Titles with the kind of data issue: the facet's own drill-down term (the index
	 * keeps data issues as a facet only).
	 */
	private static Query dataIssue(String kind) {
		if (!DataIssues.KINDS.contains(kind)) {
			throw InvalidInput.of("dataIssue", "validation.dataIssue", String.join(", ", DataIssues.KINDS));
		}
		return new TermQuery(
				DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, IndexedFields.DATA_ISSUE, kind));
	}

	/**
	 * Titles the public may see: marked public and stored in a status of a granted title.
	 * A mark lapsed since the last sweep is still stored as granted, so it stays in, and
	 * reads as expired.
	 */
	static Query publicTitles() {
		BooleanQuery.Builder statuses = new BooleanQuery.Builder();
		for (RegistrationStatus status : RegistrationStatus.values()) {
			if (status.isTitle()) {
				statuses.add(term(IndexedFields.STATUS, status.name()), Occur.SHOULD);
			}
		}
		return new BooleanQuery.Builder().add(term(IndexedFields.PUBLIC, "true"), Occur.FILTER)
			.add(statuses.build(), Occur.FILTER)
			.build();
	}

	/** The text query (or all titles) restricted by the filters. */
	static Query combine(Query text, List<Query> filters) {
		if (text == null && filters.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder combined = new BooleanQuery.Builder();
		combined.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
		filters.forEach(filter -> combined.add(filter, Occur.FILTER));
		return combined.build();
	}

	/**
	 * The titles whose status on the day is the one asked: the rule of
	 * {@link vn.dost.registry.registry.Standing#statusOn} (a granted mark past its grace
	 * period reads as expired at once) mirrored as a query on the indexed status and
	 * grace end, so that a search never reads a title to know its status.
	 * {@code FacetCounts} counts by the same rule; {@code LapseAtQueryTimeTests} holds
	 * all three to the same cases.
	 */
	Query status(RegistrationStatus status, LocalDate today) {
		if (status == RegistrationStatus.EXPIRED) {
			return new BooleanQuery.Builder().add(term(IndexedFields.STATUS, status.name()), Occur.SHOULD)
				.add(lapsed(today), Occur.SHOULD)
				.build();
		}
		if (status == RegistrationStatus.GRANTED) {
			return new BooleanQuery.Builder().add(term(IndexedFields.STATUS, status.name()), Occur.FILTER)
				.add(graceEndedBefore(today), Occur.MUST_NOT)
				.build();
		}
		return term(IndexedFields.STATUS, status.name());
	}

	/** Marks indexed as granted whose grace period has ended by today. */
	Query lapsed(LocalDate today) {
		return new BooleanQuery.Builder()
			.add(term(IndexedFields.STATUS, RegistrationStatus.GRANTED.name()), Occur.FILTER)
			.add(graceEndedBefore(today), Occur.FILTER)
			.build();
	}

	private static Query graceEndedBefore(LocalDate today) {
		return LongPoint.newRangeQuery(IndexedFields.GRACE_ENDS, Long.MIN_VALUE, today.toEpochDay() - 1);
	}

	/**
	 * The order asked for: by default relevance when there are words to rank by, else the
	 * name.
	 */
	static Sort sort(String sort, boolean ranked) {
		String order = sort == null || sort.isBlank() ? (ranked ? "relevance" : "name") : sort;
		if (!SORTS.contains(order)) {
			throw InvalidInput.of("sort", "validation.sort", String.join(", ", SORTS.stream().sorted().toList()));
		}
		return switch (order) {
			case "-grantDate" -> new Sort(day(IndexedFields.GRANT_DATE, true), BY_NAME, BY_ID);
			case "expiryDate" -> new Sort(day(IndexedFields.EXPIRY, false), BY_NAME, BY_ID);
			case "relevance" -> new Sort(SortField.FIELD_SCORE, BY_NAME, BY_ID);
			default -> NAME_ORDER;
		};
	}

	/** Days in the given direction, titles without the date last. */
	private static SortField day(String field, boolean descending) {
		SortField byDay = new SortField(field, SortField.Type.LONG, descending);
		byDay.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
		return byDay;
	}

	static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

}

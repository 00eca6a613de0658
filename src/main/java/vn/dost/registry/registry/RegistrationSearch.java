package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.VietnameseText;

/**
 * Lists titles from the database: filters, diacritics-free words over the stored folded text (escaped, never
 * a pattern from the user), and Vietnamese order from the stored collation key.
 */
@Component
class RegistrationSearch {

	static final int QUERY_MAX = 500;

	/** Anything that is not a letter or a digit separates words, in queries as in the stored text. */
	private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> SORTS = Set.of("name", "-grantDate", "expiryDate", "relevance");

	private final ReactiveMongoTemplate mongo;

	private final Provinces provinces;

	RegistrationSearch(ReactiveMongoTemplate mongo, Provinces provinces) {
		this.mongo = mongo;
		this.provinces = provinces;
	}

	Mono<PageResponse<Registration>> list(RegistrationQuery query, PageRequest page, LocalDate today) {
		Query filter = Query.query(criteria(query, today));
		Query pageQuery = Query.of(filter).with(sort(query.sort())).skip(page.offset()).limit(page.size());
		return this.mongo.find(pageQuery, Registration.class)
			.collectList()
			.zipWith(this.mongo.count(filter, Registration.class))
			.map(found -> PageResponse.of(found.getT1(), page, found.getT2()));
	}

	private Criteria criteria(RegistrationQuery query, LocalDate today) {
		List<Criteria> parts = new ArrayList<>();
		if (query.type() != null) {
			parts.add(Criteria.where("facts.type").is(query.type()));
		}
		if (query.status() != null) {
			parts.add(status(query.status(), today));
		}
		if (query.province() != null && !query.province().isBlank()) {
			String province = this.provinces.canonicalName(query.province())
				.orElseThrow(() -> InvalidInput.of("province", "validation.province", query.province()));
			parts.add(Criteria.where("provinceKeys").is(province));
		}
		if (query.productGroup() != null) {
			parts.add(Criteria.where("facts.productGroup").is(query.productGroup()));
		}
		if (query.holderId() != null) {
			parts.add(Criteria.where("facts.holderId").is(query.holderId()));
		}
		if (query.incomplete() != null) {
			parts.add(Criteria.where("incomplete").is(query.incomplete()));
		}
		if (query.expiringBefore() != null) {
			parts.add(Criteria.where("expiryDate").lt(query.expiringBefore()));
		}
		List<String> words = words(query.q());
		if (words.isEmpty() && query.q() != null && !query.q().isBlank()) {
			// Only punctuation or symbols: plain text that matches no title.
			parts.add(Criteria.where("_id").in(List.of()));
		}
		words.forEach(word -> parts.add(Criteria.where("searchText").regex(escape(word))));
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

	/** The stored status, corrected for marks that lapsed since the last sweep. */
	private static Criteria status(RegistrationStatus status, LocalDate today) {
		if (status == RegistrationStatus.EXPIRED) {
			return new Criteria().orOperator(Criteria.where("status").is(RegistrationStatus.EXPIRED),
					Criteria.where("status").is(RegistrationStatus.GRANTED).and("graceEnds").lt(today));
		}
		if (status == RegistrationStatus.GRANTED) {
			return Criteria.where("status")
				.is(RegistrationStatus.GRANTED)
				.orOperator(Criteria.where("graceEnds").is(null), Criteria.where("graceEnds").gte(today));
		}
		return Criteria.where("status").is(status);
	}

	private static List<String> words(String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		if (q.length() > QUERY_MAX) {
			throw InvalidInput.of("q", "validation.tooLong", QUERY_MAX);
		}
		return Arrays.stream(WORD_SEPARATOR.split(VietnameseText.fold(q))).filter(word -> !word.isEmpty()).toList();
	}

	/** The word as a literal pattern: every character that is not a letter or digit is escaped. */
	static String escape(String word) {
		StringBuilder escaped = new StringBuilder();
		word.codePoints().forEach(c -> {
			if (!Character.isLetterOrDigit(c)) {
				escaped.append('\\');
			}
			escaped.appendCodePoint(c);
		});
		return escaped.toString();
	}

	private static Sort sort(String sort) {
		String order = sort == null || sort.isBlank() ? "name" : sort;
		if (!SORTS.contains(order)) {
			throw InvalidInput.of("sort", "validation.sort", String.join(", ", SORTS));
		}
		return switch (order) {
			case "-grantDate" -> Sort.by(Sort.Order.desc("facts.grantDate"), Sort.Order.asc("nameSortKey"));
			case "expiryDate" -> Sort.by(Sort.Order.asc("expiryDate"), Sort.Order.asc("nameSortKey"));
			default -> Sort.by("nameSortKey", "_id");
		};
	}

}

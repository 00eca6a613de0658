package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import vn.dost.registry.shared.SearchWords;

/**
 * Lists titles from the database: filters, diacritics-free words over the stored folded text (escaped, never
 * a pattern from the user), and Vietnamese order from the stored collation key.
 */
@Component
class RegistrationSearch {

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
		parts.addAll(SearchWords.criteria("searchText", query.q()));
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

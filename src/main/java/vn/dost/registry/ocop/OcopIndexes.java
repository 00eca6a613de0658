package vn.dost.registry.ocop;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.DatabaseIndexes;

/**
 * The OCOP products' query indexes: name order, search text, province, validity, holder,
 * and the counts by province and stars.
 */
@Component
class OcopIndexes extends DatabaseIndexes {

	OcopIndexes(ReactiveMongoTemplate mongo) {
		super(mongo, OcopProduct.class,
				new Index("nameSortKey", Direction.ASC).on("_id", Direction.ASC).named("ocop_name_sort"),
				new Index("searchText", Direction.ASC).named("ocop_search_text"),
				new Index("provinceKeys", Direction.ASC).named("ocop_province"),
				new Index("validUntil", Direction.ASC).named("ocop_valid_until"),
				new Index("facts.holderId", Direction.ASC).named("ocop_holder"),
				new Index("facts.currentProvinces", Direction.ASC).on("facts.stars", Direction.ASC)
					.named("ocop_province_stars"));
	}

}

package vn.dost.registry.holders;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.DatabaseIndexes;

/**
 * The holders' query indexes: name order and the folded name searched without diacritics.
 */
@Component
class HolderIndexes extends DatabaseIndexes {

	HolderIndexes(ReactiveMongoTemplate mongo) {
		super(mongo, Holder.class, new Index("nameSortKey", Sort.Direction.ASC).named("holder_name_sort"),
				new Index("nameFolded", Sort.Direction.ASC).named("holder_name_folded"));
	}

}

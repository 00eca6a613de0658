package vn.dost.registry.security;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.DatabaseIndexes;

/**
 * The users' indexes: a calendar feed token is looked up by its hash, which no two users
 * share.
 */
@Component
class UserIndexes extends DatabaseIndexes {

	UserIndexes(ReactiveMongoTemplate mongo) {
		super(mongo, UserAccount.class,
				new Index("calendarTokenHash", Direction.ASC).unique().sparse().named("user_calendar_token"));
	}

}

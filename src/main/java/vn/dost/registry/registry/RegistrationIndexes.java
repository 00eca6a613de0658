package vn.dost.registry.registry;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.DatabaseIndexes;

/**
 * The titles' database indexes: application and registration numbers unique per type when
 * present (sparse), the expiry sweep's status and grace end, the name (imports match
 * titles without numbers by it), the holder (a holder with titles cannot be deleted),
 * authorised users' end dates (deadlines) and the time of the last change (the portal's
 * feed of changes). Listings and searches use the search index, not these.
 * <p>
 * Every write of a title asks for it at the version read ({@code _id} and
 * {@code version}). The embedded database answers a query from an index only when the
 * query names exactly that index's fields, so without {@code _id + version} each write
 * scanned the whole collection — a start-up migration of 100,000 titles never ended. On
 * MongoDB the index is redundant with {@code _id}'s and small.
 */
@Component
class RegistrationIndexes extends DatabaseIndexes {

	static final String APPLICATION_KEY = "registration_application_number";

	static final String REGISTRATION_KEY = "registration_registration_number";

	static final String ID_VERSION = "registration_id_version";

	RegistrationIndexes(ReactiveMongoTemplate mongo) {
		super(mongo, Registration.class,
				new Index("applicationKey", Direction.ASC).unique().sparse().named(APPLICATION_KEY),
				new Index("registrationKey", Direction.ASC).unique().sparse().named(REGISTRATION_KEY),
				new Index("status", Direction.ASC).on("graceEnds", Direction.ASC).named("registration_status"),
				new Index("facts.holderId", Direction.ASC).named("registration_holder"),
				new Index("facts.name", Direction.ASC).named("registration_name"),
				new Index("authorisedUsers.validUntil", Direction.ASC).named("registration_user_valid_until"),
				new Index("updatedAt", Direction.DESC).named("registration_updated_at"),
				new Index("_id", Direction.ASC).on("version", Direction.ASC).unique().named(ID_VERSION));
	}

}

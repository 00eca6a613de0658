package vn.dost.registry.audit;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.DatabaseIndexes;

/**
 * The audit trail is read newest first, by actor or by action: one index for each. No TTL
 * index: the service never removes an entry (retention is the operators' call, see
 * {@code docs/operations.md}).
 */
@Component
class AuditIndexes extends DatabaseIndexes {

	AuditIndexes(ReactiveMongoTemplate mongo) {
		super(mongo, AuditEntry.class, new Index("at", Direction.DESC).named("audit_at"),
				new Index().on("actor", Direction.ASC).on("at", Direction.DESC).named("audit_actor_at"),
				new Index().on("action", Direction.ASC).on("at", Direction.DESC).named("audit_action_at"));
	}

}

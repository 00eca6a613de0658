package vn.dost.registry.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the audit trail as stored: when, what, who, from which client address,
 * about what, and the facts that go with it. Written once, never changed.
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id String id, Instant at, AuditAction action, String actor, String clientAddress,
		String target, Map<String, Object> details) {

	public static final String COLLECTION = "audit";

}

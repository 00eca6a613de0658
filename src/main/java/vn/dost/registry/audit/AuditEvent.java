package vn.dost.registry.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something to put on record: what happened, who did it, to what, and the facts that go
 * with it (a change as {@code {field: [before, after]}}, as in a title's history).
 */
public record AuditEvent(AuditAction action, String actor, String target, Map<String, Object> details) {

	public AuditEvent {
		// In the order given, and a value may be null (a field that was empty before).
		details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

	public static AuditEvent of(AuditAction action, String actor, String target) {
		return new AuditEvent(action, actor, target, Map.of());
	}

}

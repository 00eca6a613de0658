package vn.dost.registry.audit.web;

import java.time.Instant;
import java.util.Map;

import vn.dost.registry.audit.AuditAction;

/** An audit entry as the API shows it. */
record AuditEntryResponse(String id, Instant at, AuditAction action, String actor, String clientAddress, String target,
		Map<String, Object> details) {
}

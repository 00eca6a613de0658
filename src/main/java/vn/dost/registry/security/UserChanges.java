package vn.dost.registry.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditEvent;

/**
 * What a change of a user puts on the audit trail: one entry per kind of change (roles,
 * provinces, password, disabling, the other details), each with {@code {field: [before,
 * after]}}; never a password or its hash.
 */
final class UserChanges {

	private UserChanges() {
	}

	static AuditEvent created(UserAccount user, String actor) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("roles", roles(user));
		details.put("provinces", user.provinces());
		if (user.holderId() != null) {
			details.put("holderId", user.holderId());
		}
		details.put("disabled", user.isDisabled());
		return new AuditEvent(AuditAction.USER_CREATED, actor, user.username(), details);
	}

	static List<AuditEvent> between(UserAccount before, UserAccount after, boolean passwordSet, String actor) {
		List<AuditEvent> events = new ArrayList<>();
		String user = after.username();
		if (!roles(before).equals(roles(after))) {
			events.add(change(AuditAction.ROLES_CHANGED, actor, user, "roles", roles(before), roles(after)));
		}
		if (!before.provinces().equals(after.provinces())) {
			events.add(change(AuditAction.PROVINCES_CHANGED, actor, user, "provinces", before.provinces(),
					after.provinces()));
		}
		if (passwordSet) {
			events.add(AuditEvent.of(AuditAction.PASSWORD_RESET, actor, user));
		}
		if (before.isDisabled() != after.isDisabled()) {
			events.add(AuditEvent.of(after.isDisabled() ? AuditAction.USER_DISABLED : AuditAction.USER_ENABLED, actor,
					user));
		}
		Map<String, Object> details = new LinkedHashMap<>();
		differs(details, "holderId", before.holderId(), after.holderId());
		differs(details, "email", before.email(), after.email());
		if (!details.isEmpty()) {
			events.add(new AuditEvent(AuditAction.USER_CHANGED, actor, user, details));
		}
		return events;
	}

	private static AuditEvent change(AuditAction action, String actor, String user, String field, Object before,
			Object after) {
		return new AuditEvent(action, actor, user, Map.of(field, Arrays.asList(before, after)));
	}

	private static void differs(Map<String, Object> details, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			details.put(field, Arrays.asList(before, after));
		}
	}

	/** Roles in their declared order, so that a set reads the same every time. */
	private static List<String> roles(UserAccount user) {
		return Arrays.stream(Role.values()).filter(user.roles()::contains).map(Role::name).toList();
	}

}

package vn.dost.registry.workspace.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.RegistrationStatus;

/**
 * One entry of a title's history as the record page's timeline shows it: when and by
 * whom, the action (shown in words, {@code app.history.<action>}), the decision's date,
 * reference, reason and note, the status it moved from and to, and each changed field as
 * old → new.
 */
public record HistoryView(Instant at, String actor, String action, RegistrationStatus from, RegistrationStatus to,
		LocalDate date, String reference, String reason, String note, String subject, List<Change> changes) {

	/** The actions about an authorised user: their entries' note names the user. */
	private static final String ABOUT_A_USER = "AUTHORISED_USER_";

	/**
	 * One changed field: its name, the key of its label, its value before and after
	 * (null: none).
	 */
	public record Change(String field, String label, Shown before, Shown after) {
	}

	/**
	 * The entry as shown; {@code holderNames} gives the names of the holders whose ids a
	 * change names.
	 */
	static HistoryView of(HistoryEntry entry, Map<String, String> holderNames) {
		List<Change> changes = new ArrayList<>();
		entry.changes().forEach((field, values) -> {
			Object before = values.isEmpty() ? null : values.get(0);
			Object after = values.size() < 2 ? null : values.get(1);
			changes.add(change(field, before, after, holderNames));
		});
		boolean aboutAUser = entry.action() != null && entry.action().startsWith(ABOUT_A_USER);
		return new HistoryView(entry.at(), entry.actor(), entry.action(), entry.fromStatus(), entry.toStatus(),
				entry.date(), entry.reference(), entry.reason(), aboutAUser ? null : entry.note(),
				aboutAUser ? entry.note() : null, List.copyOf(changes));
	}

	/** Whether the entry moved the title to another status (or gave it its first). */
	public boolean moved() {
		return this.to != null && this.from != this.to;
	}

	private static Change change(String field, Object before, Object after, Map<String, String> holderNames) {
		if (field.startsWith("authorisedUsers/")) {
			String userField = field.substring(field.lastIndexOf('/') + 1);
			String shownAs = userField.equals("status") ? "userStatus" : userField;
			return new Change(userField, "app.record.users.field." + userField, Shown.of(shownAs, before),
					Shown.of(shownAs, after));
		}
		if (field.equals("holderId")) {
			return new Change(field, "app.registration.field.holderId", holder(before, holderNames),
					holder(after, holderNames));
		}
		return new Change(field, "app.registration.field." + field, Shown.of(field, before), Shown.of(field, after));
	}

	private static Shown holder(Object id, Map<String, String> holderNames) {
		return id == null ? null : Shown.text(holderNames.getOrDefault(id.toString(), id.toString()));
	}

}

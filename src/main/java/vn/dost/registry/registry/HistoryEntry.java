package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One change of a title, kept forever in the title's own document: who, when, what
 * decision, and each changed field as {@code [old, new]}. {@code action} is a
 * {@link HistoryAction}'s name, kept as stored even when this version does not know it
 * ({@link #kind()} is then {@link HistoryAction#UNKNOWN}): history is never rewritten.
 */
public record HistoryEntry(Instant at, String actor, String action, RegistrationStatus fromStatus,
		RegistrationStatus toStatus, LocalDate date, String reference, String note, String reason,
		Map<String, List<Object>> changes) {

	public HistoryEntry {
		changes = changes == null ? Map.of() : changes;
	}

	/** A new entry of the action. */
	static HistoryEntry of(HistoryAction action, Instant at, String actor, RegistrationStatus fromStatus,
			RegistrationStatus toStatus, LocalDate date, String reference, String note, String reason,
			Map<String, List<Object>> changes) {
		return new HistoryEntry(at, actor, action.name(), fromStatus, toStatus, date, reference, note, reason, changes);
	}

	/**
	 * The action as this version knows it: {@link HistoryAction#UNKNOWN} if it does not.
	 */
	public HistoryAction kind() {
		return HistoryAction.stored(this.action);
	}

	/**
	 * The day the entry's decision took effect: its date, else the day (UTC) it was
	 * recorded.
	 */
	public LocalDate decidedOn() {
		return this.date != null ? this.date : LocalDate.ofInstant(this.at, ZoneOffset.UTC);
	}

}

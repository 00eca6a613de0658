package vn.dost.registry.workspace.registrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.Registration;

/**
 * What the user sees when someone changed the title while it edited it: the others'
 * changes since the form was opened (from the history), and field by field the value
 * stored now beside the user's. Nothing was written. The form comes back with the user's
 * values, except in the fields only the others changed, which now show their values (so
 * that saving again does not undo their change unseen); it carries the current version,
 * so that saving again applies the user's values deliberately.
 *
 * @param theirs the history entries written since the form was opened, oldest first
 * @param rows the fields whose stored value differs from the user's, or that the others
 * changed
 * @param form the form to show again
 */
public record StaleEdit(List<HistoryView> theirs, List<Row> rows, RegistrationForm form) {

	/** Who changed a field since the form was opened. */
	public enum Changed {

		/** Only the others: the form now shows their value. */
		THEIRS,
		/** Only the user: the form keeps its value. */
		YOURS,
		/** Both, differently: the form keeps the user's value, to be checked. */
		BOTH

	}

	/**
	 * One field: its name, the value stored now, the user's value, and who changed it.
	 */
	public record Row(String field, Shown stored, Shown yours, Changed changed) {
	}

	/** The fields an edit changes (not the type, nor the status). */
	private static final List<String> EDITED = RegistrationForm.FIELDS.stream()
		.filter(field -> !field.equals("type") && !field.equals("status"))
		.toList();

	/**
	 * The conflict between the title as stored now and the user's form, opened when the
	 * title had {@code seen} history entries.
	 */
	static StaleEdit of(Registration now, RegistrationForm yours, int seen, Map<String, String> holderNames) {
		RegistrationForm stored = RegistrationForm.of(now.getFacts(), now.getStoredStatus());
		Map<String, String> before = valuesBefore(now.getHistory(), seen);
		List<Row> rows = new ArrayList<>();
		Map<String, String> theirsKept = new LinkedHashMap<>();
		for (String field : EDITED) {
			boolean theyChanged = before.containsKey(field)
					&& !RegistrationForm.same(field, before.get(field), stored.value(field));
			boolean youChanged = !theyChanged || !RegistrationForm.same(field, before.get(field), yours.value(field));
			if (!yours.differs(field, stored)) {
				continue;
			}
			Changed changed = !theyChanged ? Changed.YOURS : youChanged ? Changed.BOTH : Changed.THEIRS;
			if (changed == Changed.THEIRS) {
				theirsKept.put(field, stored.value(field));
			}
			rows.add(new Row(field, shown(field, stored.value(field), holderNames),
					shown(field, yours.value(field), holderNames), changed));
		}
		return new StaleEdit(since(now, seen, holderNames), List.copyOf(rows), yours.with(theirsKept));
	}

	/** The history entries written after the first {@code seen}, as shown. */
	static List<HistoryView> since(Registration now, int seen, Map<String, String> holderNames) {
		List<HistoryEntry> history = now.getHistory();
		int from = Math.max(0, Math.min(seen, history.size()));
		return history.subList(from, history.size()).stream().map(entry -> HistoryView.of(entry, holderNames)).toList();
	}

	/**
	 * The text each field had before the entries after the first {@code seen} changed it:
	 * the old value of the earliest of them that changed it.
	 */
	private static Map<String, String> valuesBefore(List<HistoryEntry> history, int seen) {
		Map<String, String> before = new LinkedHashMap<>();
		for (HistoryEntry entry : history.subList(Math.max(0, Math.min(seen, history.size())), history.size())) {
			entry.changes().forEach((field, values) -> {
				if (!values.isEmpty()) {
					before.putIfAbsent(field, RegistrationForm.text(field, values.get(0)));
				}
			});
		}
		return before;
	}

	/** The value stored now of a field listed, if it is. */
	public Optional<Shown> storedNow(String field) {
		return this.rows.stream().filter(row -> row.field().equals(field)).map(Row::stored).findFirst();
	}

	/** Who changed a field listed (null for one not listed). */
	public Changed changedOf(String field) {
		return this.rows.stream().filter(row -> row.field().equals(field)).map(Row::changed).findFirst().orElse(null);
	}

	/** Whether the field is one listed. */
	public boolean differs(String field) {
		return this.rows.stream().anyMatch(row -> row.field().equals(field));
	}

	/** A form's text of a field as shown: words, a day, a holder's name, or the text. */
	private static Shown shown(String field, String text, Map<String, String> holderNames) {
		if (field.equals("public")) {
			return Shown.of(field, "true".equals(text) || "on".equals(text));
		}
		if (text.isBlank()) {
			return null;
		}
		return switch (field) {
			case "holderId" -> Shown.text(holderNames.getOrDefault(text, text));
			case "aliases", "additionalProvinces" -> Shown.of(field, RegistrationForm.lines(text));
			default -> Shown.of(field, text);
		};
	}

}

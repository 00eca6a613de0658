package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dost.registry.registry.Registration;

/**
 * What the user sees when someone changed the title while it edited it: the others'
 * changes since the form was opened (from the history), and field by field the value
 * stored now beside the user's. The user's input is kept in the form, which now carries
 * the current version, so that saving again applies it deliberately; nothing was
 * overwritten.
 *
 * @param theirs the history entries written since the form was opened, oldest first
 * @param rows the fields whose stored value differs from the user's
 */
public record StaleEdit(List<HistoryView> theirs, List<Row> rows) {

	/** One field: its name, the value stored now, the user's value. */
	public record Row(String field, Shown stored, Shown yours) {
	}

	/**
	 * The conflict between the title as stored now and the user's form, opened when the
	 * title had {@code seen} history entries.
	 */
	static StaleEdit of(Registration now, RegistrationForm yours, int seen, Map<String, String> holderNames) {
		RegistrationForm stored = RegistrationForm.of(now.getFacts(), now.getStoredStatus());
		List<Row> rows = new ArrayList<>();
		for (String field : RegistrationForm.FIELDS) {
			if (!field.equals("type") && !field.equals("status") && yours.differs(field, stored)) {
				rows.add(new Row(field, shown(field, stored.value(field), holderNames),
						shown(field, yours.value(field), holderNames)));
			}
		}
		return new StaleEdit(since(now, seen, holderNames), List.copyOf(rows));
	}

	/** The history entries written after the first {@code seen}, as shown. */
	static List<HistoryView> since(Registration now, int seen, Map<String, String> holderNames) {
		var history = now.getHistory();
		int from = Math.max(0, Math.min(seen, history.size()));
		return history.subList(from, history.size()).stream().map(entry -> HistoryView.of(entry, holderNames)).toList();
	}

	/** The value stored now of a field the user's value differs from, if it does. */
	public Optional<Shown> storedNow(String field) {
		return this.rows.stream().filter(row -> row.field().equals(field)).map(Row::stored).findFirst();
	}

	/** Whether the field is one the user's value differs from the stored one. */
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

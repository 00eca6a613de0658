package vn.dost.registry.workspace.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stored value as a page shows it (fragment
 * {@code app/registrations/parts :: shown(s)}): the words of a vocabulary's value (its
 * message key), a day, an instant, or plain text. One place decides, by the field's name,
 * how a title's facts, its history's old and new values and an edit's conflicts are
 * shown, so that a status or a date reads the same everywhere and no code is ever shown.
 */
public record Shown(String text, String words, LocalDate day, Instant moment) {

	/** The fields whose values are days (stored in history as ISO text). */
	private static final Set<String> DAYS = Set.of("filingDate", "grantDate", "expiryDate", "graceEnds", "date",
			"grantedOn", "validUntil", "statusSince");

	/** The fields whose values are a vocabulary's: the prefix of their words' keys. */
	private static final Map<String, String> WORDS = Map.of("type", "app.type.", "productGroup", "app.group.", "status",
			"app.status.", "public", "app.record.bool.", "userStatus", "app.userStatus.");

	/**
	 * The value of the field as a page shows it; null when there is nothing to show
	 * (null, blank, an empty list).
	 */
	public static Shown of(String field, Object value) {
		if (value == null || value instanceof String text && text.isBlank()
				|| value instanceof Collection<?> values && values.isEmpty()) {
			return null;
		}
		if (value instanceof Instant instant) {
			return new Shown(null, null, null, instant);
		}
		String prefix = WORDS.get(field);
		if (prefix != null && !(value instanceof Collection<?>)) {
			return new Shown(null, prefix + value, null, null);
		}
		if (DAYS.contains(field)) {
			LocalDate day = day(value);
			if (day != null) {
				return new Shown(null, null, day, null);
			}
		}
		if (value instanceof Collection<?> values) {
			return new Shown(values.stream().map(String::valueOf).collect(Collectors.joining(", ")), null, null, null);
		}
		return new Shown(String.valueOf(value), null, null, null);
	}

	/** Text as given (e.g. what a user typed): shown as it is. */
	public static Shown text(String value) {
		return value == null || value.isBlank() ? null : new Shown(value, null, null, null);
	}

	private static LocalDate day(Object value) {
		if (value instanceof LocalDate day) {
			return day;
		}
		try {
			return LocalDate.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import vn.dost.registry.shared.FieldViolation;

/**
 * Days as forms send them: {@code yyyy-MM-dd} from a date input, or {@code dd/MM/yyyy}
 * typed where the browser shows a plain text box.
 */
final class Days {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private Days() {
	}

	/**
	 * The day the field's text names, or null; text that names no day is added to
	 * {@code unreadable} as the field's violation.
	 */
	static LocalDate parse(String text, String field, List<FieldViolation> unreadable) {
		LocalDate day = parse(text);
		if (day == null && text != null && !text.isBlank()) {
			unreadable.add(new FieldViolation(field, "app.form.notADate"));
		}
		return day;
	}

	/** The day the text names, or null when it is empty or names none. */
	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String day = text.strip();
		try {
			return day.contains("/") ? LocalDate.parse(day, TYPED) : LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

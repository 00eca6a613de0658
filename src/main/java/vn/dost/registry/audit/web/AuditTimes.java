package vn.dost.registry.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.TimeConfiguration;

/**
 * The bounds of an audit query: a date stands for a whole day in Vietnam, a timestamp for
 * itself.
 */
final class AuditTimes {

	private AuditTimes() {
	}

	/** Where the period starts: a date's first instant. */
	static Instant start(String field, String text) {
		return parse(field, text, false);
	}

	/** Where the period ends (exclusive): after the whole of a date's day. */
	static Instant end(String field, String text) {
		return parse(field, text, true);
	}

	private static Instant parse(String field, String text, boolean end) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (end ? day.plusDays(1) : day).atStartOfDay(TimeConfiguration.VIETNAM).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "validation.audit.time");
		}
	}

}

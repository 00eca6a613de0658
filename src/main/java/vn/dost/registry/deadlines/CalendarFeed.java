package vn.dost.registry.deadlines;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Writes deadlines as an iCalendar feed (RFC 5545) that Outlook and Google Calendar can
 * subscribe to: one all-day event per deadline with a UID that stays the same from one
 * fetch to the next, and a reminder a week before. Lines end in CRLF and are folded at 75
 * octets without splitting a character.
 */
final class CalendarFeed {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private final MessageSource messages;

	private final Locale locale;

	private final StringBuilder out = new StringBuilder();

	CalendarFeed(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String write(DeadlineList deadlines, Instant generated) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//DOST//IP registry//" + this.locale.getLanguage().toUpperCase(Locale.ROOT));
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + text(message("calendar.name")));
		line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		for (Deadline deadline : deadlines.items()) {
			event(deadline, generated);
		}
		line("END:VCALENDAR");
		return this.out.toString();
	}

	private void event(Deadline deadline, Instant generated) {
		String summary = message("deadline." + deadline.kind().name()) + ": " + deadline.name();
		line("BEGIN:VEVENT");
		line("UID:" + deadline.uid());
		line("DTSTAMP:" + STAMP.format(generated));
		line("DTSTART;VALUE=DATE:" + DAY.format(deadline.dueDate()));
		line("DTEND;VALUE=DATE:" + DAY.format(deadline.dueDate().plusDays(1)));
		line("SUMMARY:" + text(summary));
		line("DESCRIPTION:" + text(description(deadline)));
		line("TRANSP:TRANSPARENT");
		line("BEGIN:VALARM");
		line("ACTION:DISPLAY");
		line("TRIGGER:-P7D");
		line("DESCRIPTION:" + text(summary));
		line("END:VALARM");
		line("END:VEVENT");
	}

	private String description(Deadline deadline) {
		StringBuilder text = new StringBuilder(deadline.name());
		if (deadline.titleName() != null) {
			text.append('\n').append(message("calendar.title")).append(": ").append(deadline.titleName());
		}
		if (deadline.holderName() != null) {
			text.append('\n').append(message("calendar.holder")).append(": ").append(deadline.holderName());
		}
		if (deadline.province() != null) {
			text.append('\n').append(message("calendar.province")).append(": ").append(deadline.province());
		}
		return text.toString();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	/** TEXT escaping of RFC 5545 §3.3.11. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Appends a content line, folded so no physical line exceeds 75 octets of UTF-8. */
	private void line(String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				this.out.append("\r\n ");
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.append("\r\n");
	}

}

package vn.dost.registry.deadlines;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Deadlines as an iCalendar feed in the reader's language. */
@Component
public class DeadlineCalendar {

	private final MessageSource messages;

	private final Clock clock;

	DeadlineCalendar(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	public String write(DeadlineList deadlines, Locale locale) {
		return new CalendarFeed(this.messages, locale).write(deadlines, this.clock.instant());
	}

}

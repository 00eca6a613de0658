package vn.dost.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.dost.registry.shared.TimeConfiguration;

/** A clock the tests set: "today" is whatever a test says it is. */
public class MutableClock extends Clock {

	/** The day every test starts from unless it moves the clock. */
	public static final LocalDate START = LocalDate.of(2026, 6, 15);

	private volatile Instant now = startInstant();

	private static Instant startInstant() {
		return START.atTime(10, 0).atZone(TimeConfiguration.VIETNAM).toInstant();
	}

	/** Moves the clock to 10:00 in Vietnam on the given day. */
	public void setToday(LocalDate today) {
		this.now = today.atTime(10, 0).atZone(TimeConfiguration.VIETNAM).toInstant();
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void reset() {
		this.now = startInstant();
	}

	@Override
	public ZoneId getZone() {
		return TimeConfiguration.VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}

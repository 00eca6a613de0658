package vn.dost.registry.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.Renewal;

/**
 * A mark's renewal deadlines, dated by the law's rules in {@link Renewal}: the one
 * computation the deadline lists, the calendar feed, the dashboard and the provincial
 * summary share.
 */
public final class MarkDeadlines {

	private MarkDeadlines() {
	}

	/**
	 * The deadlines of a mark granted on {@code from} that fall within [from, to],
	 * soonest first: its renewal window opens, it expires, its grace period ends. None
	 * for a geographical indication, a mark without an expiry date or one not in force as
	 * granted on {@code from}.
	 */
	public static List<MarkDeadline> between(RegistrationListing mark, LocalDate from, LocalDate to) {
		List<MarkDeadline> due = new ArrayList<>();
		LocalDate expiry = mark.expiryDate();
		if (expiry == null || mark.statusOn(from) != RegistrationStatus.GRANTED) {
			return due;
		}
		addIfWithin(due, mark, DeadlineKind.RENEWAL_WINDOW_OPENS, Renewal.windowOpens(expiry), from, to);
		addIfWithin(due, mark, DeadlineKind.MARK_EXPIRES, expiry, from, to);
		addIfWithin(due, mark, DeadlineKind.GRACE_PERIOD_ENDS, Renewal.graceEnds(expiry), from, to);
		return due;
	}

	/**
	 * The mark's lapse, if its grace period ended without renewal on a day within [since,
	 * today).
	 */
	public static Optional<MarkDeadline> lapsedBetween(RegistrationListing mark, LocalDate since, LocalDate today) {
		LocalDate graceEnds = mark.graceEnds();
		if (graceEnds == null || mark.statusOn(today) != RegistrationStatus.EXPIRED || graceEnds.isBefore(since)
				|| !graceEnds.isBefore(today)) {
			return Optional.empty();
		}
		return Optional.of(new MarkDeadline(mark, DeadlineKind.MARK_LAPSED, graceEnds));
	}

	private static void addIfWithin(List<MarkDeadline> due, RegistrationListing mark, DeadlineKind kind, LocalDate day,
			LocalDate from, LocalDate to) {
		if (!day.isBefore(from) && !day.isAfter(to)) {
			due.add(new MarkDeadline(mark, kind, day));
		}
	}

}

package vn.dost.registry.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.dost.registry.deadlines.DeadlineKind;
import vn.dost.registry.deadlines.MarkDeadline;
import vn.dost.registry.deadlines.MarkDeadlines;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationType;

/**
 * The counts and lists of the provincial summary, worked out from a province's titles.
 */
final class SummaryFigures {

	/** How far ahead the summary looks for renewal deadlines. */
	static final int DEADLINE_MONTHS = 12;

	/** The renewal deadlines the summary lists. */
	private static final Set<DeadlineKind> SHOWN = EnumSet.of(DeadlineKind.RENEWAL_WINDOW_OPENS,
			DeadlineKind.GRACE_PERIOD_ENDS);

	private SummaryFigures() {
	}

	/**
	 * The titles as the summary's table lists them, each with its standing on the day:
	 * the totals sentence counts these same rows.
	 */
	static List<SummaryRow> rows(List<RegistrationListing> titles, LocalDate day) {
		return titles.stream().map(title -> SummaryRow.of(title, day)).toList();
	}

	/** The rows in force, by type (every type present). */
	static Map<RegistrationType, Long> inForce(List<SummaryRow> rows) {
		Map<RegistrationType, Long> counts = new EnumMap<>(RegistrationType.class);
		for (RegistrationType type : RegistrationType.values()) {
			counts.put(type, 0L);
		}
		rows.stream().filter(SummaryRow::inForce).forEach(row -> counts.merge(row.title().type(), 1L, Long::sum));
		return counts;
	}

	/**
	 * Titles granted per year up to the day, by type, whatever became of them since;
	 * years ascending.
	 */
	static Map<Integer, Map<RegistrationType, Long>> grantedPerYear(List<RegistrationListing> titles, LocalDate day) {
		Map<Integer, Map<RegistrationType, Long>> years = new TreeMap<>();
		for (RegistrationListing title : titles) {
			LocalDate granted = title.facts().grantedOn();
			if (granted != null && !granted.isAfter(day) && title.storedStatus().isTitle()) {
				years.computeIfAbsent(granted.getYear(), year -> new EnumMap<>(RegistrationType.class))
					.merge(title.type(), 1L, Long::sum);
			}
		}
		return years;
	}

	/**
	 * The marks in force whose renewal window opens, or whose grace period ends, within
	 * the twelve months after the day, soonest first.
	 */
	static List<MarkDeadline> due(List<RegistrationListing> titles, LocalDate day) {
		LocalDate end = day.plusMonths(DEADLINE_MONTHS);
		return titles.stream()
			.flatMap(title -> MarkDeadlines.between(title, day, end).stream())
			.filter(due -> SHOWN.contains(due.kind()))
			.sorted(Comparator.comparing(MarkDeadline::date))
			.toList();
	}

}

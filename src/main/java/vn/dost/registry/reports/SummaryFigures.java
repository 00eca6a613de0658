package vn.dost.registry.reports;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.Renewal;
import vn.dost.registry.shared.TimeConfiguration;

/**
 * The counts and lists of the provincial summary, worked out from a province's titles.
 */
final class SummaryFigures {

	/** How far ahead the summary looks for renewal deadlines. */
	static final int DEADLINE_MONTHS = 12;

	private SummaryFigures() {
	}

	/**
	 * The day a title counts as granted: its grant date, or for a grant known only by
	 * year or month ({@code 2021}, {@code 2021-05}) the last day of that period; null
	 * when no grant date is known.
	 */
	static LocalDate grantedOn(RegistrationFacts facts) {
		if (facts.grantDate() != null) {
			return facts.grantDate();
		}
		String partial = facts.grantDatePartial();
		if (partial == null || partial.isBlank()) {
			return null;
		}
		return partial.length() == 4 ? Year.parse(partial).atMonth(12).atEndOfMonth()
				: YearMonth.parse(partial).atEndOfMonth();
	}

	/**
	 * Whether the title was in force on the day: granted on or before it (see
	 * {@link #grantedOn}; without a grant date, see {@link #recordedOn}); a mark not past
	 * the end of its grace period on that day (as the registry's status reads it); and no
	 * decision that terminated or invalidated it dated on or before that day. A filing
	 * never granted, refused or withdrawn is never in force.
	 */
	static boolean inForceOn(Registration title, LocalDate day) {
		LocalDate granted = grantedOn(title.getFacts());
		if (granted == null) {
			granted = recordedOn(title);
		}
		if (granted == null || granted.isAfter(day) || !title.getStoredStatus().isTitle()) {
			return false;
		}
		if (title.getGraceEnds() != null && day.isAfter(title.getGraceEnds())) {
			return false;
		}
		return endedOn(title, day) == null;
	}

	/**
	 * The day a title was entered in the registry: one entered as granted without a grant
	 * date was granted by then at the latest, so it counts as in force from that day.
	 */
	static LocalDate recordedOn(Registration title) {
		return title.getCreatedAt() == null ? null
				: LocalDate.ofInstant(title.getCreatedAt(), TimeConfiguration.VIETNAM);
	}

	/**
	 * The status (terminated or invalidated) a decision dated on or before the day gave
	 * the title; null if none did.
	 */
	static RegistrationStatus endedOn(Registration title, LocalDate day) {
		return title.getHistory()
			.stream()
			.filter(entry -> ends(entry) && !decided(entry).isAfter(day))
			.map(HistoryEntry::toStatus)
			.findFirst()
			.orElse(null);
	}

	private static boolean ends(HistoryEntry entry) {
		return entry.toStatus() != null && entry.toStatus().isEndedByDecision();
	}

	private static LocalDate decided(HistoryEntry entry) {
		return entry.date() != null ? entry.date() : LocalDate.ofInstant(entry.at(), ZoneOffset.UTC);
	}

	/**
	 * The titles as the summary's table lists them, each with its standing on the day:
	 * the totals sentence counts these same rows.
	 */
	static List<SummaryRow> rows(List<Registration> titles, LocalDate day) {
		return titles.stream().map(title -> SummaryRow.of(title, day)).toList();
	}

	/** The rows in force, by type (every type present). */
	static Map<RegistrationType, Long> inForce(List<SummaryRow> rows) {
		Map<RegistrationType, Long> counts = new EnumMap<>(RegistrationType.class);
		for (RegistrationType type : RegistrationType.values()) {
			counts.put(type, 0L);
		}
		rows.stream().filter(SummaryRow::inForce).forEach(row -> counts.merge(row.title().getType(), 1L, Long::sum));
		return counts;
	}

	/**
	 * Titles granted per year up to the day, by type, whatever became of them since;
	 * years ascending.
	 */
	static Map<Integer, Map<RegistrationType, Long>> grantedPerYear(List<Registration> titles, LocalDate day) {
		Map<Integer, Map<RegistrationType, Long>> years = new TreeMap<>();
		for (Registration title : titles) {
			LocalDate granted = grantedOn(title.getFacts());
			if (granted != null && !granted.isAfter(day) && title.getStoredStatus().isTitle()) {
				years.computeIfAbsent(granted.getYear(), year -> new EnumMap<>(RegistrationType.class))
					.merge(title.getType(), 1L, Long::sum);
			}
		}
		return years;
	}

	/**
	 * The marks in force whose renewal window opens, or whose grace period ends, within
	 * the twelve months after the day, soonest first.
	 */
	static List<DueTitle> due(List<Registration> titles, LocalDate day) {
		LocalDate end = day.plusMonths(DEADLINE_MONTHS);
		List<DueTitle> due = new ArrayList<>();
		for (Registration title : titles) {
			RegistrationStatus status = title.statusOn(day);
			if (title.getExpiryDate() == null
					|| (status != RegistrationStatus.GRANTED && status != RegistrationStatus.EXPIRED)) {
				continue;
			}
			Renewal renewal = Renewal.of(title.getExpiryDate(), day);
			if (within(renewal.windowOpens(), day, end)) {
				due.add(new DueTitle(title, DueTitle.Kind.WINDOW_OPENS, renewal.windowOpens()));
			}
			if (within(renewal.graceEnds(), day, end)) {
				due.add(new DueTitle(title, DueTitle.Kind.GRACE_ENDS, renewal.graceEnds()));
			}
		}
		due.sort(Comparator.comparing(DueTitle::date));
		return due;
	}

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

}

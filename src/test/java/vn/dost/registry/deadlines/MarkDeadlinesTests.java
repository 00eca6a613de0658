package vn.dost.registry.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.Records;

import static org.assertj.core.api.Assertions.assertThat;

/** A mark's renewal deadlines within a window, dated by the law's rules. */
class MarkDeadlinesTests {

	private static final LocalDate EXPIRY = LocalDate.of(2030, 8, 31);

	@Test
	void datesTheWindowTheExpiryAndTheEndOfGraceOfAGrantedMark() {
		RegistrationListing mark = mark(RegistrationStatus.GRANTED, EXPIRY);
		assertThat(MarkDeadlines.between(mark, LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31)))
			.extracting(MarkDeadline::kind, MarkDeadline::date)
			.containsExactly(tuple(DeadlineKind.RENEWAL_WINDOW_OPENS, LocalDate.of(2030, 2, 28)),
					tuple(DeadlineKind.MARK_EXPIRES, EXPIRY),
					tuple(DeadlineKind.GRACE_PERIOD_ENDS, LocalDate.of(2031, 2, 28)));
	}

	@Test
	void keepsOnlyTheDeadlinesInsideTheWindowBothEndsIncluded() {
		RegistrationListing mark = mark(RegistrationStatus.GRANTED, EXPIRY);
		assertThat(MarkDeadlines.between(mark, EXPIRY, LocalDate.of(2031, 2, 28))).extracting(MarkDeadline::kind)
			.containsExactly(DeadlineKind.MARK_EXPIRES, DeadlineKind.GRACE_PERIOD_ENDS);
		assertThat(MarkDeadlines.between(mark, LocalDate.of(2030, 3, 1), LocalDate.of(2030, 8, 30))).isEmpty();
	}

	@Test
	void givesNothingForAGeographicalIndicationOrATitleNotInForce() {
		assertThat(MarkDeadlines.between(
				listing(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.GRANTED, null),
				LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1)))
			.isEmpty();
		assertThat(MarkDeadlines.between(mark(RegistrationStatus.TERMINATED, EXPIRY), LocalDate.of(2030, 1, 1),
				LocalDate.of(2031, 12, 31)))
			.isEmpty();
		assertThat(MarkDeadlines.between(mark(RegistrationStatus.GRANTED, EXPIRY), LocalDate.of(2031, 3, 1),
				LocalDate.of(2031, 12, 31)))
			.as("lapsed since the end of grace")
			.isEmpty();
	}

	@Test
	void reportsALapseInsideTheWindowBeforeToday() {
		RegistrationListing mark = mark(RegistrationStatus.GRANTED, EXPIRY);
		LocalDate graceEnds = LocalDate.of(2031, 2, 28);
		assertThat(MarkDeadlines.lapsedBetween(mark, graceEnds, graceEnds.plusDays(1)))
			.hasValueSatisfying(lapse -> assertThat(lapse.date()).isEqualTo(graceEnds));
		assertThat(MarkDeadlines.lapsedBetween(mark, graceEnds, graceEnds)).isEmpty();
		assertThat(MarkDeadlines.lapsedBetween(mark, graceEnds.plusDays(1), graceEnds.plusDays(2))).isEmpty();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private static RegistrationListing mark(RegistrationStatus status, LocalDate expiry) {
		return listing(RegistrationType.COLLECTIVE_MARK, status, expiry);
	}

	private static RegistrationListing listing(RegistrationType type, RegistrationStatus status, LocalDate expiry) {
		RegistrationFacts facts = Records.of(RegistrationFacts.class,
				Map.of("type", type, "name", "Nhãn", "product", "Gạo", "province", "Quảng Trị", "currentProvinces",
						List.of("Quảng Trị"), "grantDate", LocalDate.of(2021, 1, 1), "publicListing", true));
		return new RegistrationListing("mark", 1, facts, status, null, expiry,
				expiry == null ? null : expiry.plusMonths(6), null, null, null, "k", null, null, null);
	}

}

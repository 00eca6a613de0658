package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dost.registry.shared.Records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The law's table, walked without the service: which action may happen on which day, for
 * marks (term, renewal window, grace period, leap days, ends of months) and geographical
 * indications. Expectations are written out here, not taken from the code.
 */
class LegalTableTests {

	private static final LocalDate FILED = LocalDate.of(2020, 5, 10);

	private static final LocalDate EXPIRY = LocalDate.of(2030, 5, 10);

	/** Days of a mark's term: long before, in the window, in grace, lapsed. */
	private static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 11, 9),
			LocalDate.of(2029, 11, 10), EXPIRY, LocalDate.of(2030, 5, 11), LocalDate.of(2030, 11, 10),
			LocalDate.of(2030, 11, 11), LocalDate.of(2040, 1, 1));

	@Test
	void allowsEachActionOnAMarkExactlyWhenTableAndCalendarBothDo() {
		for (RegistrationStatus stored : RegistrationStatus.values()) {
			for (LifecycleAction action : LifecycleAction.values()) {
				for (LocalDate day : DAYS) {
					Standing mark = new Standing(RegistrationType.COLLECTIVE_MARK, stored, FILED.plusYears(1), null,
							EXPIRY, LocalDate.of(2030, 11, 10), null, null, true);
					RegistrationStatus shown = stored == RegistrationStatus.GRANTED
							&& day.isAfter(LocalDate.of(2030, 11, 10)) ? RegistrationStatus.EXPIRED : stored;
					RegistrationStatus table = RegistrationStatusTests.expected(shown, action);
					boolean renewable = !day.isBefore(LocalDate.of(2029, 11, 10))
							&& !day.isAfter(LocalDate.of(2030, 11, 10));
					String rule = table == null ? "msg.transition.table" : action == LifecycleAction.RENEW && !renewable
							? (day.isBefore(EXPIRY) ? "msg.transition.renewalNotDue" : "msg.transition.renewalLapsed")
							: null;
					assertAfter(mark, action, day, table, rule);
				}
			}
		}
	}

	@Test
	void neverRenewsAGeographicalIndicationWhateverTheDay() {
		for (RegistrationStatus stored : RegistrationStatus.values()) {
			for (LocalDate day : DAYS) {
				Standing gi = new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, stored, FILED, null, null, null,
						null, null, true);
				String rule = RegistrationStatusTests.expected(stored, LifecycleAction.RENEW) == null
						? "msg.transition.table" : "msg.transition.giNoRenewal";
				assertAfter(gi, LifecycleAction.RENEW, day, null, rule);
				assertThat(gi.statusOn(day)).isEqualTo(stored);
			}
		}
	}

	@Test
	void cannotRenewAMarkWithoutAnExpiryDate() {
		Standing undated = new Standing(RegistrationType.CERTIFICATION_MARK, RegistrationStatus.GRANTED, null, null,
				null, null, null, null, true);
		assertAfter(undated, LifecycleAction.RENEW, EXPIRY, null, "msg.transition.noExpiry");
	}

	@Test
	void datesTheTermOfALeapDayFilingFromTheTwentyEighthOfFebruary() {
		Registration mark = granted(LocalDate.of(2016, 2, 29));
		assertThat(mark.getExpiryDate()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(mark.getGraceEnds()).isEqualTo(LocalDate.of(2026, 8, 28));
		Standing standing = mark.standing();
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2025, 8, 27), null, "msg.transition.renewalNotDue");
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2025, 8, 28), RegistrationStatus.GRANTED, null);
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2026, 8, 28), RegistrationStatus.GRANTED, null);
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2026, 8, 29), null, "msg.transition.renewalLapsed");
	}

	@Test
	void countsEachRenewalAsAnotherTermFromTheFilingDate() {
		Registration mark = granted(LocalDate.of(2016, 2, 29));
		mark.apply(new LifecycleDecision(LifecycleAction.RENEW, LocalDate.of(2026, 1, 5), "QĐ 1", null, null, null,
				null, null), "officer", LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T03:00:00Z"));
		assertThat(mark.getExpiryDate()).isEqualTo(LocalDate.of(2036, 2, 29));
		assertThat(mark.getGraceEnds()).isEqualTo(LocalDate.of(2036, 8, 29));
		assertThat(mark.getRenewals()).isEqualTo(1);
	}

	@Test
	void keepsTheWindowAndGraceOfAnEndOfMonthExpiryInsideShorterMonths() {
		Registration mark = granted(LocalDate.of(2020, 8, 31));
		assertThat(mark.getExpiryDate()).isEqualTo(LocalDate.of(2030, 8, 31));
		assertThat(mark.getGraceEnds()).isEqualTo(LocalDate.of(2031, 2, 28));
		Standing standing = mark.standing();
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2030, 2, 27), null, "msg.transition.renewalNotDue");
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2030, 2, 28), RegistrationStatus.GRANTED, null);
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2031, 2, 28), RegistrationStatus.GRANTED, null);
		assertThat(standing.statusOn(LocalDate.of(2031, 3, 1))).isEqualTo(RegistrationStatus.EXPIRED);
		assertAfter(standing, LifecycleAction.RENEW, LocalDate.of(2031, 3, 1), null, "msg.transition.renewalLapsed");
	}

	@Test
	void givesAGeographicalIndicationNoTermAtAll() {
		Registration gi = Registration.enter("gi", facts(RegistrationType.GEOGRAPHICAL_INDICATION, FILED),
				RegistrationStatus.GRANTED, "officer", Instant.parse("2021-01-01T00:00:00Z"));
		assertThat(gi.getExpiryDate()).isNull();
		assertThat(gi.getGraceEnds()).isNull();
		assertThat(gi.standing().isInForceOn(LocalDate.of(2999, 1, 1))).isTrue();
	}

	private static void assertAfter(Standing standing, LifecycleAction action, LocalDate day,
			RegistrationStatus expected, String rule) {
		String what = action + " from " + standing.storedStatus() + " (" + standing.type() + ") on " + day;
		if (rule == null) {
			assertThat(standing.after(action, day)).as(what).isEqualTo(expected);
		}
		else {
			assertThatThrownBy(() -> standing.after(action, day)).as(what)
				.isInstanceOf(TransitionNotAllowed.class)
				.satisfies(ex -> assertThat(((TransitionNotAllowed) ex).arguments()).contains(rule));
		}
	}

	/**
	 * Terminated (Art. 95), then invalidated (Art. 96) months later: the title ended on
	 * the earliest decision's date, and that decision says what it became.
	 */
	@Test
	void endsATitleOnItsEarliestDecisionAndKeepsWhatThatDecisionMadeOfIt() {
		Registration gi = Registration.enter("gi", facts(RegistrationType.GEOGRAPHICAL_INDICATION, FILED),
				RegistrationStatus.GRANTED, "officer", Instant.parse("2021-01-01T00:00:00Z"));
		gi.apply(decision(LifecycleAction.TERMINATE, LocalDate.of(2025, 3, 1)), "officer", LocalDate.of(2025, 3, 2),
				Instant.parse("2025-03-02T03:00:00Z"));
		assertThat(gi.standing().endingOn(LocalDate.of(2025, 3, 1))).isEqualTo(RegistrationStatus.TERMINATED);
		gi.apply(decision(LifecycleAction.INVALIDATE, LocalDate.of(2025, 6, 1)), "officer", LocalDate.of(2025, 6, 2),
				Instant.parse("2025-06-02T03:00:00Z"));
		Standing standing = gi.standing();
		assertThat(standing.storedStatus()).isEqualTo(RegistrationStatus.INVALIDATED);
		assertThat(standing.endedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(standing.endingOn(LocalDate.of(2025, 4, 1))).isEqualTo(RegistrationStatus.TERMINATED);
		assertThat(standing.isInForceOn(LocalDate.of(2025, 2, 28))).isTrue();
		assertThat(standing.isInForceOn(LocalDate.of(2025, 3, 1))).isFalse();
	}

	/**
	 * A title entered as granted without a grant date counts in force from the day it was
	 * entered in Vietnam (17:30 UTC is already the next day there).
	 */
	@Test
	void countsATitleEnteredWithoutAGrantDateFromTheDayItWasEnteredInVietnam() {
		RegistrationFacts undated = Records.with(facts(RegistrationType.GEOGRAPHICAL_INDICATION, FILED), "grantDate",
				null);
		Registration gi = Registration.enter("gi", undated, RegistrationStatus.GRANTED, "officer",
				Instant.parse("2024-07-14T17:30:00Z"));
		assertThat(gi.standing().inForceFrom()).isEqualTo(LocalDate.of(2024, 7, 15));
		assertThat(gi.standing().isInForceOn(LocalDate.of(2024, 7, 14))).isFalse();
		assertThat(gi.standing().isInForceOn(LocalDate.of(2024, 7, 15))).isTrue();
	}

	private static LifecycleDecision decision(LifecycleAction action, LocalDate date) {
		return new LifecycleDecision(action, date, "QĐ 1", null, "Lý do", null, null, null);
	}

	private static Registration granted(LocalDate filed) {
		return Registration.enter("mark", facts(RegistrationType.COLLECTIVE_MARK, filed), RegistrationStatus.GRANTED,
				"officer", Instant.parse("2021-01-01T00:00:00Z"));
	}

	private static RegistrationFacts facts(RegistrationType type, LocalDate filed) {
		return Records.of(RegistrationFacts.class,
				Map.of("type", type, "name", "Nhãn", "product", "Gạo", "productGroup", ProductGroup.FOOD, "niceClasses",
						type.isMark() ? List.of(30) : List.of(), "province", "Quảng Trị", "currentProvinces",
						List.of("Quảng Trị"), "filingDate", filed, "registrationNumber", "00001", "grantDate",
						filed.plusYears(1)));
	}

}

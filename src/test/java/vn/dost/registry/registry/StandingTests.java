package vn.dost.registry.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a registration is on a given day, from its stored facts alone. */
class StandingTests {

	private static final LocalDate GRANTED = LocalDate.of(2012, 3, 5);

	private static final LocalDate EXPIRY = LocalDate.of(2030, 5, 10);

	private static final LocalDate GRACE_ENDS = LocalDate.of(2030, 11, 10);

	@Test
	void readsAGrantedMarkPastItsGracePeriodAsExpiredBeforeTheSweepStoresIt() {
		Standing mark = mark(RegistrationStatus.GRANTED, null);
		assertThat(mark.statusOn(GRACE_ENDS)).isEqualTo(RegistrationStatus.GRANTED);
		assertThat(mark.statusOn(GRACE_ENDS.plusDays(1))).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(gi(RegistrationStatus.GRANTED, null).statusOn(LocalDate.of(2999, 1, 1)))
			.isEqualTo(RegistrationStatus.GRANTED);
		assertThat(mark(RegistrationStatus.TERMINATED, null).statusOn(GRACE_ENDS.plusDays(1)))
			.isEqualTo(RegistrationStatus.TERMINATED);
	}

	@Test
	void givesRenewalDatesOnlyForAGrantedOrExpiredMarkWithAnExpiry() {
		assertThat(mark(RegistrationStatus.GRANTED, null).renewalOn(EXPIRY).state())
			.isEqualTo(RenewalState.WINDOW_OPEN);
		assertThat(mark(RegistrationStatus.GRANTED, null).renewalOn(GRACE_ENDS.plusDays(1)).state())
			.isEqualTo(RenewalState.LAPSED);
		assertThat(mark(RegistrationStatus.EXPIRED, null).renewalOn(EXPIRY).graceEnds()).isEqualTo(GRACE_ENDS);
		assertThat(mark(RegistrationStatus.TERMINATED, null).renewalOn(EXPIRY)).isNull();
		assertThat(gi(RegistrationStatus.GRANTED, null).renewalOn(EXPIRY)).isNull();
	}

	@Test
	void isPublicOnlyWhenMarkedPublicAndGrantedOrAfter() {
		assertThat(mark(RegistrationStatus.GRANTED, null).isPublicOn(EXPIRY)).isTrue();
		assertThat(new Standing(RegistrationType.COLLECTIVE_MARK, RegistrationStatus.GRANTED, GRANTED, null, EXPIRY,
				GRACE_ENDS, null, null, false)
			.isPublicOn(EXPIRY)).isFalse();
		assertThat(mark(RegistrationStatus.PUBLISHED, null).isPublicOn(EXPIRY)).isFalse();
		assertThat(mark(RegistrationStatus.GRANTED, null).isPublicOn(GRACE_ENDS.plusDays(1))).isTrue();
	}

	@Test
	void isInForceFromTheGrantToTheEndOfTheGracePeriod() {
		Standing mark = mark(RegistrationStatus.GRANTED, null);
		assertThat(mark.isInForceOn(GRANTED.minusDays(1))).isFalse();
		assertThat(mark.isInForceOn(GRANTED)).isTrue();
		assertThat(mark.isInForceOn(GRACE_ENDS)).isTrue();
		assertThat(mark.isInForceOn(GRACE_ENDS.plusDays(1))).isFalse();
		assertThat(mark(RegistrationStatus.EXPIRED, null).isInForceOn(EXPIRY)).isTrue();
	}

	@Test
	void isInForceUntilTheDayADecisionEndedItAndSaysWhatItMadeOfIt() {
		LocalDate decided = LocalDate.of(2025, 3, 1);
		for (RegistrationStatus ended : new RegistrationStatus[] { RegistrationStatus.TERMINATED,
				RegistrationStatus.INVALIDATED }) {
			assertThat(gi(ended, decided).isInForceOn(decided.minusDays(1))).isTrue();
			assertThat(gi(ended, decided).endingOn(decided.minusDays(1))).isNull();
			assertThat(gi(ended, decided).isInForceOn(decided)).isFalse();
			assertThat(gi(ended, decided).endingOn(decided)).isEqualTo(ended);
		}
	}

	/**
	 * Terminated, then invalidated later: on a day between the two decisions it reads as
	 * terminated, the earliest decision's kind, whatever the stored status is now.
	 */
	@Test
	void saysTheEarliestDecisionEndedItEvenWhenALaterOneChangedItsStatus() {
		Standing title = new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.INVALIDATED, GRANTED,
				null, null, null, LocalDate.of(2025, 3, 1), RegistrationStatus.TERMINATED, true);
		assertThat(title.endingOn(LocalDate.of(2025, 6, 1))).isEqualTo(RegistrationStatus.TERMINATED);
	}

	@Test
	void isNeverInForceWithoutAGrantOrWhenNeverGranted() {
		assertThat(new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.GRANTED, null, null, null,
				null, null, null, true)
			.isInForceOn(EXPIRY)).isFalse();
		for (RegistrationStatus never : new RegistrationStatus[] { RegistrationStatus.FILED, RegistrationStatus.REFUSED,
				RegistrationStatus.WITHDRAWN }) {
			assertThat(gi(never, null).isInForceOn(EXPIRY)).as(never.name()).isFalse();
			assertThat(gi(never, null).inForceFrom()).as(never.name()).isNull();
		}
	}

	/**
	 * A title entered as granted without a grant date was granted by the day it was
	 * entered at the latest: in force from that day, not before.
	 */
	@Test
	void countsATitleWithoutAGrantDateInForceFromTheDayItWasEntered() {
		LocalDate entered = LocalDate.of(2024, 7, 15);
		Standing undated = new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.GRANTED, null,
				entered, null, null, null, null, true);
		assertThat(undated.inForceFrom()).isEqualTo(entered);
		assertThat(undated.isInForceOn(entered.minusDays(1))).isFalse();
		assertThat(undated.isInForceOn(entered)).isTrue();
		Standing dated = new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.GRANTED, GRANTED,
				entered, null, null, null, null, true);
		assertThat(dated.inForceFrom()).isEqualTo(GRANTED);
		Standing filing = new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.PUBLISHED, null,
				entered, null, null, null, null, true);
		assertThat(filing.isInForceOn(entered.plusYears(1))).isFalse();
	}

	private static Standing mark(RegistrationStatus status, LocalDate endedOn) {
		return new Standing(RegistrationType.COLLECTIVE_MARK, status, GRANTED, null, EXPIRY, GRACE_ENDS, endedOn,
				endedOn == null ? null : status, true);
	}

	private static Standing gi(RegistrationStatus status, LocalDate endedOn) {
		return new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, status, GRANTED, null, null, null, endedOn,
				endedOn == null ? null : status, true);
	}

}

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
		assertThat(new Standing(RegistrationType.COLLECTIVE_MARK, RegistrationStatus.GRANTED, GRANTED, EXPIRY,
				GRACE_ENDS, null, false)
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
	void isInForceUntilTheDayADecisionEndedIt() {
		LocalDate decided = LocalDate.of(2025, 3, 1);
		for (RegistrationStatus ended : new RegistrationStatus[] { RegistrationStatus.TERMINATED,
				RegistrationStatus.INVALIDATED }) {
			assertThat(gi(ended, decided).isInForceOn(decided.minusDays(1))).isTrue();
			assertThat(gi(ended, decided).isInForceOn(decided)).isFalse();
		}
	}

	@Test
	void isNeverInForceWithoutAGrantOrWhenNeverGranted() {
		assertThat(new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.GRANTED, null, null, null,
				null, true)
			.isInForceOn(EXPIRY)).isFalse();
		for (RegistrationStatus never : new RegistrationStatus[] { RegistrationStatus.FILED, RegistrationStatus.REFUSED,
				RegistrationStatus.WITHDRAWN }) {
			assertThat(gi(never, null).isInForceOn(EXPIRY)).as(never.name()).isFalse();
		}
	}

	private static Standing mark(RegistrationStatus status, LocalDate endedOn) {
		return new Standing(RegistrationType.COLLECTIVE_MARK, status, GRANTED, EXPIRY, GRACE_ENDS, endedOn, true);
	}

	private static Standing gi(RegistrationStatus status, LocalDate endedOn) {
		return new Standing(RegistrationType.GEOGRAPHICAL_INDICATION, status, GRANTED, null, null, endedOn, true);
	}

}

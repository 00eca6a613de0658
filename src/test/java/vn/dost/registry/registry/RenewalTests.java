package vn.dost.registry.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates of a mark's term, renewal window and grace period. */
class RenewalTests {

	private static final LocalDate EXPIRY = LocalDate.of(2030, 5, 10);

	@Test
	void countsTheTermTenYearsFromFilingAndEachRenewalTenMore() {
		assertThat(Renewal.expiry(RegistrationType.COLLECTIVE_MARK, RegistrationStatus.GRANTED,
				LocalDate.of(2020, 5, 10), 0))
			.isEqualTo(LocalDate.of(2030, 5, 10));
		assertThat(Renewal.expiry(RegistrationType.COLLECTIVE_MARK, RegistrationStatus.GRANTED,
				LocalDate.of(2020, 5, 10), 2))
			.isEqualTo(LocalDate.of(2050, 5, 10));
	}

	@Test
	void endsTheTermOfALeapDayFilingOnTheTwentyEighthOfFebruary() {
		assertThat(Renewal.expiry(RegistrationType.COLLECTIVE_MARK, RegistrationStatus.GRANTED,
				LocalDate.of(2016, 2, 29), 0))
			.isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Renewal.expiry(RegistrationType.COLLECTIVE_MARK, RegistrationStatus.GRANTED,
				LocalDate.of(2016, 2, 29), 1))
			.isEqualTo(LocalDate.of(2036, 2, 29));
	}

	@Test
	void givesAGeographicalIndicationOrAMarkWithoutFilingDateNoExpiry() {
		assertThat(Renewal.expiry(RegistrationType.GEOGRAPHICAL_INDICATION, RegistrationStatus.GRANTED,
				LocalDate.of(2020, 5, 10), 0))
			.isNull();
		assertThat(Renewal.expiry(RegistrationType.CERTIFICATION_MARK, RegistrationStatus.GRANTED, null, 0)).isNull();
	}

	@Test
	void givesAMarkThatNeverHadEffectNoExpiryButAPendingOrEndedOneItsTerm() {
		LocalDate filed = LocalDate.of(2020, 5, 10);
		for (RegistrationStatus status : RegistrationStatus.values()) {
			boolean none = status == RegistrationStatus.REFUSED || status == RegistrationStatus.WITHDRAWN
					|| status == RegistrationStatus.INVALIDATED;
			assertThat(Renewal.expiry(RegistrationType.COLLECTIVE_MARK, status, filed, 0)).as(status.name())
				.isEqualTo(none ? null : LocalDate.of(2030, 5, 10));
		}
	}

	@Test
	void opensTheWindowExactlySixMonthsBeforeExpiry() {
		assertThat(Renewal.of(EXPIRY, LocalDate.of(2029, 11, 9)).state()).isEqualTo(RenewalState.NOT_DUE);
		Renewal opening = Renewal.of(EXPIRY, LocalDate.of(2029, 11, 10));
		assertThat(opening.windowOpens()).isEqualTo(LocalDate.of(2029, 11, 10));
		assertThat(opening.state()).isEqualTo(RenewalState.WINDOW_OPEN);
		assertThat(opening.renewable()).isTrue();
		assertThat(Renewal.of(EXPIRY, EXPIRY).state()).isEqualTo(RenewalState.WINDOW_OPEN);
	}

	@Test
	void endsTheGracePeriodExactlySixMonthsAfterExpiry() {
		assertThat(Renewal.of(EXPIRY, EXPIRY.plusDays(1)).state()).isEqualTo(RenewalState.IN_GRACE);
		Renewal lastDay = Renewal.of(EXPIRY, LocalDate.of(2030, 11, 10));
		assertThat(lastDay.graceEnds()).isEqualTo(LocalDate.of(2030, 11, 10));
		assertThat(lastDay.state()).isEqualTo(RenewalState.IN_GRACE);
		Renewal lapsed = Renewal.of(EXPIRY, LocalDate.of(2030, 11, 11));
		assertThat(lapsed.state()).isEqualTo(RenewalState.LAPSED);
		assertThat(lapsed.renewable()).isFalse();
	}

	@Test
	void computesWindowAndGraceOfAnEndOfMonthExpiry() {
		Renewal renewal = Renewal.of(LocalDate.of(2030, 8, 31), LocalDate.of(2020, 1, 1));
		assertThat(renewal.windowOpens()).isEqualTo(LocalDate.of(2030, 2, 28));
		assertThat(renewal.graceEnds()).isEqualTo(LocalDate.of(2031, 2, 28));
	}

}

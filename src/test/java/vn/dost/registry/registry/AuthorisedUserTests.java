package vn.dost.registry.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a producer's right reads as on a day, and what the public may see of it. */
class AuthorisedUserTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void anActiveRightPastItsEndIsExpiredFromTheNextDay() {
		AuthorisedUser user = user(AuthorisedUserStatus.ACTIVE, LocalDate.of(2026, 6, 14), null);
		assertThat(user.statusOn(TODAY)).isEqualTo(AuthorisedUserStatus.EXPIRED);
		assertThat(user.since(TODAY)).isEqualTo(TODAY);
		assertThat(user.statusOn(LocalDate.of(2026, 6, 14))).isEqualTo(AuthorisedUserStatus.ACTIVE);
		assertThat(user.since(LocalDate.of(2026, 6, 14))).isEqualTo(LocalDate.of(2021, 4, 1));
	}

	@Test
	void aDecidedRightHoldsFromItsDecisionsDate() {
		LocalDate decided = LocalDate.of(2026, 2, 3);
		assertThat(user(AuthorisedUserStatus.REVOKED, LocalDate.of(2026, 6, 14), decided).since(TODAY))
			.isEqualTo(decided);
		assertThat(user(AuthorisedUserStatus.ACTIVE, null, decided).since(TODAY)).isEqualTo(decided);
	}

	@Test
	void thePublicPartKeepsNameLocalityAndCodeButNoAddressDecisionOrReason() {
		AuthorisedUser user = user(AuthorisedUserStatus.SUSPENDED, null, TODAY);
		AuthorisedUser shown = user.publicPart();
		assertThat(shown.address()).isNull();
		assertThat(shown.decisionNumber()).isNull();
		assertThat(shown.statusReason()).isNull();
		assertThat(shown.locality()).isEqualTo("xã Sơn Hiệp, Khánh Hòa");
		assertThat(shown.code()).isEqualTo("PQ-1");
		assertThat(shown.since(TODAY)).isEqualTo(TODAY);
		assertThat(new AuthorisedUser("u", "n", null, null, "Khánh Hòa", null, null, TODAY, null,
				AuthorisedUserStatus.ACTIVE, null, null)
			.locality()).isEqualTo("Khánh Hòa");
	}

	@Test
	void aCodeMatchesInAnyCase() {
		assertThat(user(AuthorisedUserStatus.ACTIVE, null, null).hasCode("pq-1")).isTrue();
		assertThat(user(AuthorisedUserStatus.ACTIVE, null, null).hasCode("pq-2")).isFalse();
	}

	private static AuthorisedUser user(AuthorisedUserStatus status, LocalDate validUntil, LocalDate since) {
		return new AuthorisedUser("u", "Cơ sở", "Số 9 ngõ 4", "xã Sơn Hiệp", "Khánh Hòa", "PQ-1", "1/QĐ",
				LocalDate.of(2021, 4, 1), validUntil, status, "lý do", since);
	}

}

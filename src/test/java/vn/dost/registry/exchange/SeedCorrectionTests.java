package vn.dost.registry.exchange;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dost.registry.registry.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the seed upgrade may change on a seed title: the fields and the status the seed
 * still owns, never what an officer changed.
 */
class SeedCorrectionTests {

	private static final SeedRow GRANTED = row("GRANTED");

	private static final SeedRow FILED = row("FILED");

	@Test
	void correctsEverySeedFieldOfATitleNoOfficerTouched() {
		SeedCorrection correction = SeedCorrection.of(Set.of(), false, RegistrationStatus.GRANTED, GRANTED);
		assertThat(correction.fields()).containsExactlyInAnyOrderElementsOf(SeedCorrection.SEED_FIELDS);
		assertThat(correction.status()).isNull();
		assertThat(correction.kept()).isEmpty();
	}

	@Test
	void keepsTheFieldsAnOfficerChanged() {
		SeedCorrection correction = SeedCorrection.of(Set.of("product", "filingDate", "authorisedUsers/u1/name"), false,
				RegistrationStatus.GRANTED, GRANTED);
		assertThat(correction.fields()).doesNotContain("product").contains("name", "registrationNumber", "holderId");
		assertThat(correction.kept()).containsExactly("product");
	}

	@Test
	void keepsAGrantDateAnOfficerGaveInEitherForm() {
		SeedCorrection correction = SeedCorrection.of(Set.of("grantDatePartial"), false, RegistrationStatus.GRANTED,
				GRANTED);
		assertThat(correction.fields()).doesNotContain("grantDate", "grantDatePartial");
		assertThat(correction.kept()).containsExactlyInAnyOrder("grantDate", "grantDatePartial");
	}

	@Test
	void keepsTheProvincesTogether() {
		SeedCorrection correction = SeedCorrection.of(Set.of("country"), false, RegistrationStatus.GRANTED, GRANTED);
		assertThat(correction.fields()).doesNotContain("province", "additionalProvinces", "country");
	}

	@Test
	void turnsATitleNoSourceShowsGrantedIntoAnApplication() {
		SeedCorrection correction = SeedCorrection.of(Set.of("product"), false, RegistrationStatus.GRANTED, FILED);
		assertThat(correction.status()).isEqualTo(RegistrationStatus.FILED);
	}

	@Test
	void leavesTheStatusOfATitleAnOfficerTookADecisionOn() {
		SeedCorrection correction = SeedCorrection.of(Set.of(), true, RegistrationStatus.TERMINATED, FILED);
		assertThat(correction.status()).isNull();
		assertThat(correction.kept()).containsExactly("status");
	}

	@Test
	void leavesTheGrantAnOfficerGaveFacts() {
		SeedCorrection correction = SeedCorrection.of(Set.of("registrationNumber"), false, RegistrationStatus.GRANTED,
				FILED);
		assertThat(correction.status()).isNull();
		assertThat(correction.kept()).containsExactlyInAnyOrder("registrationNumber", "status");
	}

	@Test
	void changesNoStatusThatIsAlreadyTheRows() {
		assertThat(SeedCorrection.of(Set.of(), false, RegistrationStatus.FILED, FILED).status()).isNull();
	}

	private static SeedRow row(String status) {
		return new SeedRow(new TableRow(2, Map.of("type", "GEOGRAPHICAL_INDICATION", "name", "Chanh rừng Mẫu Sơn",
				"product", "Chanh rừng", "province", "Lạng Sơn", "status", status), false));
	}

}

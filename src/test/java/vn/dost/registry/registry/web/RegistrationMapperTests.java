package vn.dost.registry.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.SampleFacts;
import vn.dost.registry.shared.Records;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact of a title reaches the officers' API under its own name through the one
 * shared mapping, whatever facts a title comes to have.
 */
class RegistrationMapperTests {

	private final RegistrationMapper mapper = new RegistrationMapperImpl();

	@Test
	void showsEveryFactUnderItsNameAndTheDerivedFieldsForTheDay() {
		RegistrationFacts facts = SampleFacts.everyFactSet();
		RegistrationListing listing = new RegistrationListing("id-1", 4, facts, RegistrationStatus.GRANTED, "CB 1",
				LocalDate.of(2030, 2, 28), LocalDate.of(2030, 8, 28), null, null, List.of(), "k",
				List.of("area.missing"), Instant.EPOCH, Instant.EPOCH);
		RegistrationResponse response = this.mapper.toResponse(listing, LocalDate.of(2030, 8, 29));
		Map<String, Object> shown = Records.values(response);
		Map<String, Object> given = Records.values(facts);
		given.remove("publicListing");
		assertThat(shown).containsAllEntriesOf(given);
		assertThat(response.isPublic()).isTrue();
		assertThat(response.currentProvince()).isEqualTo(facts.currentProvinces().get(0));
		assertThat(response.status()).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(response.version()).isEqualTo(4);
		assertThat(response.dataIssues()).containsExactly("area.missing");
	}

}

package vn.dost.registry.portal;

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
 * The public form takes each fact it shows through the one shared mapping, and has no
 * place for what the public must not see.
 */
class PublicMapperTests {

	private final PublicMapper mapper = new PublicMapperImpl();

	@Test
	void showsThePublicFactsUnderTheirNamesAndNothingInternal() {
		RegistrationFacts facts = SampleFacts.everyFactSet();
		RegistrationListing listing = new RegistrationListing("id-1", 4, facts, RegistrationStatus.GRANTED, "CB 1",
				LocalDate.of(2030, 2, 28), LocalDate.of(2030, 8, 28), null, null, List.of(), "k",
				List.of("area.missing"), Instant.EPOCH, Instant.EPOCH);
		Map<String, Object> shown = Records.values(this.mapper.toPublic(listing, LocalDate.of(2030, 1, 1)));
		Records.values(facts).forEach((fact, value) -> {
			if (shown.containsKey(fact)) {
				assertThat(shown.get(fact)).as(fact).isEqualTo(value);
			}
		});
		assertThat(shown).containsKeys("name", "product", "holderName", "expiryDate", "status", "renewal")
			.doesNotContainKeys("holderId", "publicListing", "dataIssues", "version", "additionalProvinces");
		assertThat(shown.get("status")).isEqualTo(RegistrationStatus.GRANTED);
	}

}

package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dost.registry.shared.Records;

import static org.assertj.core.api.Assertions.assertThat;

class DataIssuesTests {

	@Test
	void flagsNothingOnACompleteGrantedMark() {
		assertThat(DataIssues.of(mark("4-2016-12345", "4-0301234-000", LocalDate.of(2018, 3, 1), null),
				RegistrationStatus.GRANTED))
			.isEmpty();
	}

	@Test
	void keepsButFlagsLegacyAndUnusualNumbers() {
		assertThat(DataIssues.of(mark("4-2016-12345", "123456", LocalDate.of(2018, 3, 1), null),
				RegistrationStatus.GRANTED))
			.as("five or six plain digits are how older mark certificates were numbered")
			.isEmpty();
		assertThat(
				DataIssues.of(mark("2016/12345", "NH-77", LocalDate.of(2018, 3, 1), null), RegistrationStatus.GRANTED))
			.containsExactly("applicationNumber.nonStandard", "registrationNumber.nonStandard");
	}

	@Test
	void asksForGrantFactsOnlyOfGrantedTitles() {
		RegistrationFacts filing = mark("4-2016-12345", null, null, null);
		assertThat(DataIssues.of(filing, RegistrationStatus.FILED)).isEmpty();
		assertThat(DataIssues.of(filing, RegistrationStatus.TERMINATED)).containsExactly("registrationNumber.missing",
				"grantDate.missing");
		assertThat(DataIssues.of(mark("4-2016-12345", "00045", null, "2012"), RegistrationStatus.GRANTED))
			.containsExactly("grantDate.partial");
	}

	private static RegistrationFacts mark(String application, String registration, LocalDate granted, String partial) {
		Map<String, Object> facts = new HashMap<>(Map.of("type", RegistrationType.COLLECTIVE_MARK, "name",
				"Bưởi da xanh", "product", "Quả bưởi", "productGroup", ProductGroup.FOOD, "niceClasses", List.of(31),
				"province", "Khánh Hòa", "currentProvinces", List.of("Khánh Hòa"), "filingDate",
				LocalDate.of(2016, 5, 10), "holderId", "holder-1", "holderName", "Hợp tác xã"));
		facts.put("applicationNumber", application);
		facts.put("registrationNumber", registration);
		facts.put("grantDate", granted);
		facts.put("grantDatePartial", partial);
		facts.put("publicListing", true);
		return Records.of(RegistrationFacts.class, facts);
	}

}

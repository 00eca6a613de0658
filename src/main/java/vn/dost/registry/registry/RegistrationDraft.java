package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dost.registry.shared.Records;

/**
 * A title as a client, an import or the seed data sends it, before it is checked.
 * {@code status} is only read when the record is created.
 */
public record RegistrationDraft(RegistrationType type, String name, String sign, List<String> aliases, String product,
		ProductGroup productGroup, List<Integer> niceClasses, String province, List<String> additionalProvinces,
		String country, String area, String applicationNumber, LocalDate filingDate, String registrationNumber,
		LocalDate grantDate, String grantDatePartial, String grantDecision, RegistrationStatus status, String holderId,
		String description, String specificCharacteristics, Boolean publicListing) {

	/** The draft that would reproduce the stored facts, the base an amendment changes. */
	static RegistrationDraft of(RegistrationFacts facts, RegistrationStatus status) {
		Map<String, Object> values = Records.values(facts);
		values.put("status", status);
		return Records.of(RegistrationDraft.class, values);
	}

}

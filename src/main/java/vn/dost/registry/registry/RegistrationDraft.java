package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.List;

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
	static RegistrationDraft of(RegistrationFacts f, RegistrationStatus status) {
		return new RegistrationDraft(f.type(), f.name(), f.sign(), f.aliases(), f.product(), f.productGroup(),
				f.niceClasses(), f.province(), f.additionalProvinces(), f.country(), f.area(), f.applicationNumber(),
				f.filingDate(), f.registrationNumber(), f.grantDate(), f.grantDatePartial(), f.grantDecision(), status,
				f.holderId(), f.description(), f.specificCharacteristics(), f.publicListing());
	}

}

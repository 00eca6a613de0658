package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * A checked lifecycle action: the decision's date, reference and note, and the facts the
 * action needs (the certificate number of a grant, the gazette number, the reason of a
 * termination, the amended facts).
 */
public record LifecycleDecision(LifecycleAction action, LocalDate date, String reference, String note, String reason,
		String gazetteNumber, String registrationNumber, RegistrationFacts amended) {

	/** The facts with the grant's certificate number, grant date and decision number. */
	RegistrationFacts granted(RegistrationFacts f) {
		return new RegistrationFacts(f.type(), f.name(), f.sign(), f.aliases(), f.product(), f.productGroup(),
				f.niceClasses(), f.province(), f.additionalProvinces(), f.country(), f.currentProvinces(), f.area(),
				f.applicationNumber(), f.filingDate(), this.registrationNumber, this.date, null,
				this.reference == null ? f.grantDecision() : this.reference, f.holderId(), f.holderName(),
				f.description(), f.specificCharacteristics(), f.publicListing());
	}

}

package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.dost.registry.shared.Records;

/**
 * A checked lifecycle action: the decision's date, reference and note, and the facts the
 * action needs (the certificate number of a grant, the gazette number, the reason of a
 * termination, the amended facts).
 */
public record LifecycleDecision(LifecycleAction action, LocalDate date, String reference, String note, String reason,
		String gazetteNumber, String registrationNumber, RegistrationFacts amended) {

	/** The facts with the grant's certificate number, grant date and decision number. */
	RegistrationFacts granted(RegistrationFacts f) {
		Map<String, Object> grant = new HashMap<>();
		grant.put("registrationNumber", this.registrationNumber);
		grant.put("grantDate", this.date);
		grant.put("grantDatePartial", null);
		grant.put("grantDecision", this.reference == null ? f.grantDecision() : this.reference);
		return Records.with(f, grant);
	}

}

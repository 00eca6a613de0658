package vn.dost.registry.workspace.ocop;

import vn.dost.registry.ocop.Recertification;
import vn.dost.registry.shared.Violations;

/**
 * A new certification of a product as the browser sends it: stars, decision and day as
 * typed, and the version of the product the user saw.
 */
record RecertifyForm(String stars, String decisionNumber, String certifiedOn, Long version) {

	static RecertifyForm empty(Long version) {
		return new RecertifyForm(null, null, null, version);
	}

	/** The certification; what cannot be read is recorded in {@code violations}. */
	Recertification recertification(Violations violations) {
		return new Recertification(OcopForm.number(this.stars, "stars", violations), this.decisionNumber,
				OcopForm.day(this.certifiedOn, "certifiedOn", violations));
	}

}

package vn.dost.registry.ocop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dost.registry.shared.Changes;

/**
 * The descriptive facts of an OCOP product as checked by {@link OcopDrafts}: text in NFC,
 * the province in its canonical spelling with the 2025 province covering it, the holder
 * and the linked titles known to exist.
 */
public record OcopFacts(String name, String producerName, String holderId, String province,
		List<String> currentProvinces, String commune, OcopProductGroup productGroup, int stars, String decisionNumber,
		LocalDate certifiedOn, List<String> registrationIds) {

	/** How long a certificate is valid from the day it is issued. */
	public static final int VALID_MONTHS = 36;

	public OcopFacts {
		currentProvinces = currentProvinces == null ? List.of() : List.copyOf(currentProvinces);
		registrationIds = registrationIds == null ? List.of() : List.copyOf(registrationIds);
	}

	/** The last day of the certificate; 29 February plus 36 months is 28 February. */
	public LocalDate validUntil() {
		return this.certifiedOn.plusMonths(VALID_MONTHS);
	}

	/** The same product certified again. */
	OcopFacts recertified(int newStars, String newDecision, LocalDate newDate) {
		return new OcopFacts(this.name, this.producerName, this.holderId, this.province, this.currentProvinces,
				this.commune, this.productGroup, newStars, newDecision, newDate, this.registrationIds);
	}

	/**
	 * Each field that differs from the next facts, as {@code field → [old, new]}
	 * ({@link Changes}); a null {@code previous} lists every field the next facts have.
	 * The derived current province is left out.
	 */
	static Map<String, List<Object>> changes(OcopFacts previous, OcopFacts next) {
		return Changes.between(previous, next, fact -> fact.equals("currentProvinces") ? null : fact);
	}

}

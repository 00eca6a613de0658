package vn.dost.registry.workspace.ocop;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dost.registry.ocop.OcopDraft;
import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.ocop.OcopProductGroup;
import vn.dost.registry.shared.Violations;

/**
 * An OCOP product's form as the browser sends it: every field as typed, the holder by
 * name, the linked titles by id (ticked boxes), and the words typed to find another title
 * to link ({@code titleQuery}, with {@code find} when the user asked to look them up
 * rather than to save).
 */
record OcopForm(String name, String producerName, String holderName, String province, String commune,
		String productGroup, String stars, String decisionNumber, String certifiedOn, List<String> registrationIds,
		String titleQuery, String find, Long version) {

	OcopForm {
		registrationIds = registrationIds == null ? List.of()
				: registrationIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
	}

	static OcopForm empty(String holderName) {
		return new OcopForm(null, null, holderName, null, null, null, null, null, null, List.of(), null, null, null);
	}

	static OcopForm of(OcopProduct product, String holderName) {
		return new OcopForm(product.getName(), product.getProducerName(), holderName, product.getProvince(),
				product.getCommune(), product.getProductGroup().name(), String.valueOf(product.getStars()),
				product.getDecisionNumber(), String.valueOf(product.getCertifiedOn()), product.getRegistrationIds(),
				null, null, product.getVersion() == null ? 0L : product.getVersion());
	}

	/** Whether the user asked to look up titles to link rather than to save. */
	boolean finding() {
		return this.find != null;
	}

	/**
	 * The product as the service checks it, with the holder found by name; what cannot be
	 * read (a star count not a number, a day not a date) is recorded in
	 * {@code violations}.
	 */
	OcopDraft draft(String holderId, Violations violations) {
		return new OcopDraft(this.name, this.producerName, holderId, this.province, this.commune, group(),
				number(this.stars, "stars", violations), this.decisionNumber,
				day(this.certifiedOn, "certifiedOn", violations), this.registrationIds);
	}

	/** The same input, to be sent again over the version stored now. */
	OcopForm over(Long current) {
		return new OcopForm(this.name, this.producerName, this.holderName, this.province, this.commune,
				this.productGroup, this.stars, this.decisionNumber, this.certifiedOn, this.registrationIds,
				this.titleQuery, null, current);
	}

	/** The fields shown beside the user's after a stale edit (the links are ticked). */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", this.name);
		values.put("producerName", this.producerName);
		values.put("holderName", this.holderName);
		values.put("province", this.province);
		values.put("commune", this.commune);
		values.put("productGroup", this.productGroup);
		values.put("stars", this.stars);
		values.put("decisionNumber", this.decisionNumber);
		values.put("certifiedOn", this.certifiedOn);
		return values;
	}

	private OcopProductGroup group() {
		return Arrays.stream(OcopProductGroup.values())
			.filter(value -> value.name().equals(this.productGroup))
			.findFirst()
			.orElse(null);
	}

	static Integer number(String value, String field, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(field, "validation.unreadable");
			return null;
		}
	}

	static LocalDate day(String value, String field, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "validation.unreadable");
			return null;
		}
	}

}

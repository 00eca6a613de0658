package vn.dost.registry.ocop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
	 * Each field that differs from the next facts, as {@code field → [old, new]} with
	 * dates as ISO text and the group by name; a null {@code previous} lists every field
	 * the next facts have. The derived current province is left out.
	 */
	static Map<String, List<Object>> changes(OcopFacts previous, OcopFacts next) {
		Map<String, List<Object>> changes = new LinkedHashMap<>();
		boolean created = previous == null;
		put(changes, "name", created ? null : previous.name, next.name);
		put(changes, "producerName", created ? null : previous.producerName, next.producerName);
		put(changes, "holderId", created ? null : previous.holderId, next.holderId);
		put(changes, "province", created ? null : previous.province, next.province);
		put(changes, "commune", created ? null : previous.commune, next.commune);
		put(changes, "productGroup", created ? null : previous.productGroup, next.productGroup);
		put(changes, "stars", created ? null : previous.stars, next.stars);
		put(changes, "decisionNumber", created ? null : previous.decisionNumber, next.decisionNumber);
		put(changes, "certifiedOn", created ? null : previous.certifiedOn, next.certifiedOn);
		put(changes, "registrationIds", created ? List.of() : previous.registrationIds, next.registrationIds);
		return changes;
	}

	private static void put(Map<String, List<Object>> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, Arrays.asList(storable(before), storable(after)));
		}
	}

	private static Object storable(Object value) {
		if (value instanceof LocalDate || value instanceof Enum<?>) {
			return value.toString();
		}
		return value instanceof List<?> list ? new ArrayList<Object>(list) : value;
	}

}

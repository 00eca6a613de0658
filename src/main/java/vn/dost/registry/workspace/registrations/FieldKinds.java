package vn.dost.registry.workspace.registrations;

import java.util.Map;

/**
 * Which input a form field is shown as, by the field's name (as in the API): a date box,
 * a text area (one item a line for lists), a choice from a vocabulary, the holder list, a
 * province box that suggests the province names, a tick box, or a text box.
 */
final class FieldKinds {

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("filingDate", "date"),
			Map.entry("grantDate", "date"), Map.entry("date", "date"), Map.entry("grantedOn", "date"),
			Map.entry("validUntil", "date"), Map.entry("area", "long"), Map.entry("description", "long"),
			Map.entry("specificCharacteristics", "long"), Map.entry("note", "long"), Map.entry("reason", "long"),
			Map.entry("address", "long"), Map.entry("aliases", "lines"), Map.entry("additionalProvinces", "lines"),
			Map.entry("productGroup", "productGroup"), Map.entry("type", "type"), Map.entry("status", "status"),
			Map.entry("holderId", "holder"), Map.entry("province", "province"), Map.entry("public", "checkbox"));

	private FieldKinds() {
	}

	static String of(String field) {
		return KINDS.getOrDefault(field, "text");
	}

}

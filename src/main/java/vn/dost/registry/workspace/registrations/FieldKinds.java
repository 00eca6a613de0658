package vn.dost.registry.workspace.registrations;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;

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
			Map.entry("productGroup", "choice"), Map.entry("type", "choice"), Map.entry("status", "choice"),
			Map.entry("holderId", "holder"), Map.entry("province", "province"), Map.entry("public", "checkbox"));

	/** The vocabularies a choice is made from, and the prefix of their values' words. */
	private static final Map<String, Vocabulary> CHOICES = Map.of("productGroup",
			new Vocabulary(ProductGroup.values(), "app.group.", true), "type",
			new Vocabulary(RegistrationType.values(), "app.type.", true), "status",
			new Vocabulary(RegistrationStatus.values(), "app.registration.entered.", false));

	/**
	 * The values of a vocabulary, the prefix of their words, and whether it may be left
	 * unchosen.
	 */
	record Vocabulary(Enum<?>[] values, String words, boolean optional) {

		public List<String> names() {
			return Arrays.stream(this.values).map(Enum::name).toList();
		}

	}

	private FieldKinds() {
	}

	static String of(String field) {
		return KINDS.getOrDefault(field, "text");
	}

	/** The vocabulary a choice field is chosen from (null for another field). */
	static Vocabulary choices(String field) {
		return CHOICES.get(field);
	}

}

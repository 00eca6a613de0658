package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.FieldViolation;

/**
 * A title's form as the user filled it in: every field of the API's registration as the
 * text typed (lists one item a line, Nice classes separated by commas or spaces), so that
 * a form shown again shows exactly what was sent. Fields are named as in the API, so the
 * service's messages about a field land beside its input.
 */
public record RegistrationForm(Map<String, String> values) implements FormValues {

	/** Every field the forms have, in the order of the API's registration. */
	public static final List<String> FIELDS = List.of("type", "name", "sign", "aliases", "product", "productGroup",
			"niceClasses", "province", "additionalProvinces", "country", "area", "applicationNumber", "filingDate",
			"registrationNumber", "grantDate", "grantDatePartial", "grantDecision", "status", "holderId", "description",
			"specificCharacteristics", "public");

	public RegistrationForm {
		values = Map.copyOf(values);
	}

	/** A new filing's empty form. */
	public static RegistrationForm blank() {
		return new RegistrationForm(Map.of("status", RegistrationStatus.FILED.name()));
	}

	/** The fields as sent by the browser (unknown fields ignored). */
	public static RegistrationForm of(MultiValueMap<String, String> sent) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String value = sent.getFirst(field);
			if (value != null && !value.isBlank()) {
				values.put(field, value.strip());
			}
		}
		return new RegistrationForm(values);
	}

	/** The form that shows the stored facts, ready to edit. */
	public static RegistrationForm of(RegistrationFacts facts, RegistrationStatus status) {
		Map<String, Object> stored = new LinkedHashMap<>();
		stored.put("type", facts.type());
		stored.put("name", facts.name());
		stored.put("sign", facts.sign());
		stored.put("aliases", facts.aliases());
		stored.put("product", facts.product());
		stored.put("productGroup", facts.productGroup());
		stored.put("niceClasses", facts.niceClasses());
		stored.put("province", facts.province());
		stored.put("additionalProvinces", facts.additionalProvinces());
		stored.put("country", facts.country());
		stored.put("area", facts.area());
		stored.put("applicationNumber", facts.applicationNumber());
		stored.put("filingDate", facts.filingDate());
		stored.put("registrationNumber", facts.registrationNumber());
		stored.put("grantDate", facts.grantDate());
		stored.put("grantDatePartial", facts.grantDatePartial());
		stored.put("grantDecision", facts.grantDecision());
		stored.put("status", status);
		stored.put("holderId", facts.holderId());
		stored.put("description", facts.description());
		stored.put("specificCharacteristics", facts.specificCharacteristics());
		stored.put("public", facts.publicListing());
		Map<String, String> values = new LinkedHashMap<>();
		stored.forEach((field, value) -> {
			String text = text(field, value);
			if (!text.isEmpty()) {
				values.put(field, text);
			}
		});
		return new RegistrationForm(values);
	}

	/**
	 * A value as the form's text: lists one item a line (Nice classes separated by
	 * commas), a yes as ticked, empty for none. Takes the stored facts and the values
	 * history keeps alike.
	 */
	static String text(String field, Object value) {
		if (value == null || Boolean.FALSE.equals(value)) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			return items.stream()
				.map(String::valueOf)
				.collect(Collectors.joining(field.equals("niceClasses") ? ", " : "\n"));
		}
		return value.toString();
	}

	/** The same form with some fields' text replaced. */
	RegistrationForm with(Map<String, String> replaced) {
		Map<String, String> values = new LinkedHashMap<>(this.values);
		replaced.forEach((field, text) -> {
			if (text.isBlank()) {
				values.remove(field);
			}
			else {
				values.put(field, text);
			}
		});
		return new RegistrationForm(values);
	}

	/** The text of a field as typed (empty when none). */
	@Override
	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	/** Whether the box of a yes/no field is ticked. */
	public boolean ticked(String field) {
		return "true".equals(this.values.get(field)) || "on".equals(this.values.get(field));
	}

	/**
	 * Whether the field's text differs from the other form's in what it says (spaces,
	 * blank lines, the way a day or the Nice classes are written aside).
	 */
	public boolean differs(String field, RegistrationForm other) {
		return !same(field, value(field), other.value(field));
	}

	/** Whether two texts of a field say the same. */
	static boolean same(String field, String one, String other) {
		return Objects.equals(normal(field, one), normal(field, other));
	}

	private static String normal(String field, String text) {
		if (field.equals("public")) {
			return String.valueOf("true".equals(text) || "on".equals(text));
		}
		if (FieldKinds.of(field).equals("date") && Days.parse(text) != null) {
			return Days.parse(text).toString();
		}
		if (field.equals("niceClasses")) {
			return String.join(",", text.strip().split("[,;\\s]+"));
		}
		return lines(text).stream().collect(Collectors.joining("\n"));
	}

	/**
	 * The form as the service's draft, and what could not even be read (a date that is
	 * not one, a Nice class that is no number), which the draft leaves empty.
	 */
	public Read read() {
		List<FieldViolation> unreadable = new ArrayList<>();
		RegistrationDraft draft = new RegistrationDraft(choice(RegistrationType.class, "type", unreadable),
				text("name"), text("sign"), lines(value("aliases")), text("product"),
				choice(ProductGroup.class, "productGroup", unreadable), numbers("niceClasses", unreadable),
				text("province"), lines(value("additionalProvinces")), text("country"), text("area"),
				text("applicationNumber"), day("filingDate", unreadable), text("registrationNumber"),
				day("grantDate", unreadable), text("grantDatePartial"), text("grantDecision"),
				choice(RegistrationStatus.class, "status", unreadable), text("holderId"), text("description"),
				text("specificCharacteristics"), ticked("public"));
		return new Read(draft, List.copyOf(unreadable));
	}

	/** The draft a form makes, and the fields that could not be read. */
	public record Read(RegistrationDraft draft, List<FieldViolation> unreadable) {
	}

	/**
	 * The value of one field as the API's JSON has it (lists as lists, numbers as
	 * numbers, empty as null), for an amendment's changes; null also when unreadable.
	 */
	public Object json(String field) {
		List<FieldViolation> ignored = new ArrayList<>();
		return switch (field) {
			case "aliases", "additionalProvinces" -> lines(value(field));
			case "niceClasses" -> numbers(field, ignored);
			default -> text(field);
		};
	}

	private String text(String field) {
		String value = this.values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One item a line; blank lines dropped. */
	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private List<Integer> numbers(String field, List<FieldViolation> unreadable) {
		List<Integer> numbers = new ArrayList<>();
		String text = text(field);
		if (text == null) {
			return numbers;
		}
		for (String part : text.split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				numbers.add(Integer.valueOf(part));
			}
			catch (NumberFormatException ex) {
				unreadable.add(new FieldViolation(field, "validation.niceClass"));
				return List.of();
			}
		}
		return numbers;
	}

	private LocalDate day(String field, List<FieldViolation> unreadable) {
		return Days.parse(text(field), field, unreadable);
	}

	private <E extends Enum<E>> E choice(Class<E> type, String field, List<FieldViolation> unreadable) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			unreadable.add(new FieldViolation(field, "validation.unreadable"));
			return null;
		}
	}

}

package vn.dost.registry.workspace.registrations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import vn.dost.registry.registry.ActionCommand;
import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.shared.FieldViolation;

/**
 * The small form of one lifecycle action on the record page, as the user filled it in:
 * the decision's date and reference and the facts the action needs (the gazette number of
 * a publication, the certificate number of a grant, the reason of a termination or
 * invalidation, an amendment's new facts), named as in the API's action.
 */
record ActionForm(LifecycleAction action, Map<String, String> values) implements FormValues {

	private static final List<String> DECISION = List.of("date", "reference", "note");

	private static final Map<LifecycleAction, List<String>> FIELDS = new EnumMap<>(LifecycleAction.class);

	static {
		for (LifecycleAction action : LifecycleAction.values()) {
			FIELDS.put(action, DECISION);
		}
		FIELDS.put(LifecycleAction.PUBLISH, List.of("date", "gazetteNumber", "reference", "note"));
		FIELDS.put(LifecycleAction.GRANT, List.of("date", "registrationNumber", "reference", "note"));
		FIELDS.put(LifecycleAction.TERMINATE, List.of("date", "reference", "reason", "note"));
		FIELDS.put(LifecycleAction.INVALIDATE, List.of("date", "reference", "reason", "note"));
		List<String> amend = new ArrayList<>(List.of("date", "reference"));
		amend.addAll(LifecycleAction.AMENDABLE);
		amend.add("note");
		FIELDS.put(LifecycleAction.AMEND, List.copyOf(amend));
	}

	ActionForm {
		values = Map.copyOf(values);
	}

	/** The form as first shown: an amendment's starts from the title's facts. */
	static ActionForm blank(LifecycleAction action, RegistrationForm stored) {
		Map<String, String> values = new LinkedHashMap<>();
		if (action == LifecycleAction.AMEND) {
			LifecycleAction.AMENDABLE.forEach(field -> values.put(field, stored.value(field)));
		}
		return new ActionForm(action, values);
	}

	/** The action's fields as the browser sent them. */
	static ActionForm of(LifecycleAction action, MultiValueMap<String, String> sent) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS.get(action)) {
			String value = sent.getFirst(field);
			if (value != null) {
				values.put(field, value.strip());
			}
		}
		return new ActionForm(action, values);
	}

	/** The fields the action's form has, in order. */
	List<String> fields() {
		return FIELDS.get(this.action);
	}

	/** The fields of the decision itself (the amended facts left out). */
	List<String> decisionFields() {
		return fields().stream().filter(field -> !LifecycleAction.AMENDABLE.contains(field)).toList();
	}

	@Override
	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	/**
	 * The command to send, and what could not be read; an amendment's changes are the
	 * facts whose text differs from the title's.
	 */
	Read read(RegistrationForm stored) {
		List<FieldViolation> unreadable = new ArrayList<>();
		var day = Days.parse(text("date"), "date", unreadable);
		Map<String, Object> changes = null;
		if (this.action == LifecycleAction.AMEND) {
			changes = new LinkedHashMap<>();
			RegistrationForm amended = new RegistrationForm(this.values);
			for (String field : LifecycleAction.AMENDABLE) {
				if (amended.differs(field, stored)) {
					changes.put(field, amended.json(field));
				}
			}
		}
		return new Read(new ActionCommand(this.action, day, text("reference"), text("note"), text("reason"),
				text("gazetteNumber"), text("registrationNumber"), changes), List.copyOf(unreadable));
	}

	/** The command a form makes, and the fields that could not be read. */
	record Read(ActionCommand command, List<FieldViolation> unreadable) {
	}

	private String text(String field) {
		String value = this.values.get(field);
		return value == null || value.isBlank() ? null : value;
	}

}

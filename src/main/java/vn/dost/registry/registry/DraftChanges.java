package vn.dost.registry.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.UnreadableValues;

/**
 * A stored title's facts with some fields changed, as a draft to check again: the base of
 * an amendment and of a correction of the record.
 */
@Component
class DraftChanges {

	private final JsonMapper json;

	DraftChanges(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The title's facts as a draft, with each given field set to its value as a client
	 * sends it (JSON types); unreadable values fail on {@code <prefix>.<field>}, all of
	 * them at once.
	 */
	RegistrationDraft merged(Registration registration, Map<String, Object> changes, String prefix) {
		List<FieldViolation> unreadable = new ArrayList<>();
		RegistrationDraft draft = merged(registration, changes, prefix, unreadable);
		if (!unreadable.isEmpty()) {
			throw new InvalidInput(unreadable);
		}
		return draft;
	}

	/**
	 * The same, each value that cannot be read noted in {@code unreadable} (by its path
	 * under the prefix, e.g. {@code changes.niceClasses[1]}) and left null; a value that
	 * cannot be read at all fails as {@link InvalidInput} on it.
	 */
	RegistrationDraft merged(Registration registration, Map<String, Object> changes, String prefix,
			List<FieldViolation> unreadable) {
		RegistrationDraft base = RegistrationDraft.of(registration.getFacts(), registration.getStoredStatus());
		Map<String, Object> merged = new LinkedHashMap<>(this.json.convertValue(base, Map.class));
		merged.putAll(changes);
		List<FieldViolation> found = new ArrayList<>();
		try {
			RegistrationDraft draft = UnreadableValues.noted(this.json.readerFor(RegistrationDraft.class), found)
				.readValue((JsonNode) this.json.valueToTree(merged));
			found
				.forEach(value -> unreadable.add(new FieldViolation(prefix + "." + value.field(), value.messageKey())));
			return draft;
		}
		catch (JacksonException ex) {
			String field = ex.getPath().isEmpty() ? "" : "." + ex.getPath().get(0).getPropertyName();
			throw InvalidInput.of(prefix + field, "validation.unreadable");
		}
	}

	/**
	 * The title's facts as a draft, with the named fields taken from the corrected draft
	 * (empty ones included; none without a draft) and every other field as stored.
	 */
	RegistrationDraft merged(Registration registration, RegistrationDraft corrected, Set<String> fields) {
		Map<String, Object> given = corrected == null ? Map.of() : this.json.convertValue(corrected, Map.class);
		Map<String, Object> changes = new LinkedHashMap<>();
		fields.forEach(field -> changes.put(field, given.get(field)));
		return merged(registration, changes, "corrected");
	}

}

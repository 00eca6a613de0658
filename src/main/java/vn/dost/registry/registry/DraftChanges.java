package vn.dost.registry.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.dost.registry.shared.InvalidInput;

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
	 * sends it (JSON types); an unreadable value fails on {@code <prefix>.<field>}.
	 */
	RegistrationDraft merged(Registration registration, Map<String, Object> changes, String prefix) {
		RegistrationDraft base = RegistrationDraft.of(registration.getFacts(), registration.getStoredStatus());
		Map<String, Object> merged = new LinkedHashMap<>(this.json.convertValue(base, Map.class));
		merged.putAll(changes);
		try {
			return this.json.convertValue(merged, RegistrationDraft.class);
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

package vn.dost.registry.workspace.registrations;

import java.util.Map;

import vn.dost.registry.workspace.FormErrors;

/**
 * A small form of the record page that was sent and refused, shown open again with the
 * user's input: which form ({@code action-GRANT}, {@code user-add},
 * {@code user-<id>-REVOKE}, {@code delete}) and what was wrong.
 *
 * @param seen how many history entries the page the form was sent from showed: when the
 * title changed meanwhile, the entries after them are the others' changes
 */
public record OpenForm(String id, Map<String, String> values, FormErrors errors, int seen) implements FormValues {

	public OpenForm {
		values = Map.copyOf(values);
	}

	@Override
	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	/** Whether the form was refused because the title had changed meanwhile. */
	public boolean stale() {
		return this.errors.status().value() == 412;
	}

}

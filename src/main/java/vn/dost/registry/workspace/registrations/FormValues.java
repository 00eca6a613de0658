package vn.dost.registry.workspace.registrations;

/** The values of a form being shown, by field name (empty text for none). */
public interface FormValues {

	String value(String field);

	/** Which input the field is shown as (see {@link FieldKinds}). */
	default String kind(String field) {
		return FieldKinds.of(field);
	}

	/** The vocabulary a choice field is chosen from (see {@link FieldKinds}). */
	default FieldKinds.Vocabulary choices(String field) {
		return FieldKinds.choices(field);
	}

}

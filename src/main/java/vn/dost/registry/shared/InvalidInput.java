package vn.dost.registry.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The request was understood but some of its fields are invalid; nothing was written. */
public class InvalidInput extends RegistryException {

	private final transient List<FieldViolation> violations;

	public InvalidInput(List<FieldViolation> violations) {
		super(HttpStatus.BAD_REQUEST, "invalid-input");
		this.violations = List.copyOf(violations);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(new FieldViolation(field, messageKey, arguments)));
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

}

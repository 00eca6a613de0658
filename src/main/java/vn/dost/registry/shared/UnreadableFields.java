package vn.dost.registry.shared;

import java.util.List;

/**
 * A request body some of whose fields could not be read (a date that is no date, a word
 * that is not one of the allowed values, text where a list belongs): those fields, and
 * the body as far as it was read, with null in their place, so that its other fields can
 * be checked too. Nothing is written.
 */
public class UnreadableFields extends InvalidInput {

	private final transient Object body;

	public UnreadableFields(List<FieldViolation> violations, Object body) {
		super(violations);
		this.body = body;
	}

	/** The body as read, each unreadable field null. */
	public Object body() {
		return this.body;
	}

}

package vn.dost.registry.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects the invalid fields of one request so that all of them are reported at once. */
public final class Violations {

	private final List<FieldViolation> found = new ArrayList<>();

	public Violations add(String field, String messageKey, Object... arguments) {
		this.found.add(new FieldViolation(field, messageKey, arguments));
		return this;
	}

	public Violations when(boolean violated, String field, String messageKey, Object... arguments) {
		return violated ? add(field, messageKey, arguments) : this;
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	/** Throws {@link InvalidInput} listing every violation, if there is any. */
	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidInput(this.found);
		}
	}

}

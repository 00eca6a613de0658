package vn.dost.registry.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the invalid fields of one request so that all of them are reported at once.
 */
public final class Violations {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private final List<FieldViolation> found = new ArrayList<>();

	public Violations add(String field, String messageKey, Object... arguments) {
		this.found.add(new FieldViolation(field, messageKey, arguments));
		return this;
	}

	public Violations add(FieldViolation violation) {
		this.found.add(violation);
		return this;
	}

	public Violations when(boolean violated, String field, String messageKey, Object... arguments) {
		return violated ? add(field, messageKey, arguments) : this;
	}

	/**
	 * The text in NFC without surrounding white space (null when blank), recording
	 * {@code validation.tooLong} when it is longer than {@code max}.
	 */
	public String text(String value, String field, int max) {
		String clean = VietnameseText.clean(value);
		when(clean != null && clean.length() > max, field, "validation.tooLong", max);
		return clean;
	}

	/**
	 * Like {@link #text}, recording {@code messageKey} when the text does not match the
	 * pattern.
	 */
	public String matching(String value, Pattern pattern, String field, String messageKey) {
		String clean = VietnameseText.clean(value);
		when(clean != null && !pattern.matcher(clean).matches(), field, messageKey);
		return clean;
	}

	/**
	 * A plausible e-mail address (one {@code @}, a dotted domain, ≤ 254 characters),
	 * cleaned; null if none.
	 */
	public String email(String value, String field) {
		String clean = VietnameseText.clean(value);
		when(clean != null && (clean.length() > 254 || !EMAIL.matcher(clean).matches()), field, "validation.email");
		return clean;
	}

	/** The violations found so far, in the order found. */
	public List<FieldViolation> list() {
		return List.copyOf(this.found);
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

package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.shared.RegistryException;

/**
 * What was wrong with a form the user sent, in their language, for the form shown again
 * with their input: messages by field (an invalid field names the input it belongs to)
 * and messages about the whole form (a duplicate number, a stale version, an action not
 * allowed now), with the status the page answers. The fragment
 * {@code app/fragments :: fieldErrors(errors, field)} shows a field's messages.
 */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(Map.of(), List.of(), HttpStatus.OK);

	private final Map<String, List<String>> byField;

	private final List<String> general;

	private final HttpStatusCode status;

	private FormErrors(Map<String, List<String>> byField, List<String> general, HttpStatusCode status) {
		this.byField = byField;
		this.general = general;
		this.status = status;
	}

	/** No errors: a form shown for the first time. */
	public static FormErrors none() {
		return NONE;
	}

	/**
	 * The errors a service's refusal names: each invalid field's messages, or the
	 * refusal's own message for the whole form.
	 */
	public static FormErrors of(RegistryException refusal, Problems problems, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		if (refusal instanceof InvalidInput invalid) {
			for (FieldViolation violation : invalid.violations()) {
				byField.computeIfAbsent(violation.field(), field -> new ArrayList<>())
					.add(problems.fieldError(violation, locale).get("message"));
			}
		}
		else {
			general.add(problems.detail(refusal, locale));
		}
		byField.replaceAll((field, messages) -> List.copyOf(messages));
		return new FormErrors(Map.copyOf(byField), List.copyOf(general), refusal.status());
	}

	/**
	 * Errors a page words itself: messages by field (their JSON names) and about the
	 * whole form, with the status the page answers.
	 */
	public static FormErrors of(Map<String, List<String>> byField, List<String> general, HttpStatusCode status) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
		return new FormErrors(Map.copyOf(copy), List.copyOf(general), status);
	}

	/**
	 * Whether a failure is about what the form says, to be shown on it with the user's
	 * input: not an unknown id, nor another organisation's record (those are the 404
	 * page).
	 */
	public static boolean concernTheForm(Throwable failure) {
		if (!(failure instanceof RegistryException refusal) || refusal.status() == HttpStatus.NOT_FOUND) {
			return false;
		}
		return !(refusal instanceof NotAllowed) || refusal.arguments().length == 0
				|| !WorkspaceErrorAdvice.NOT_OWN.contains(String.valueOf(refusal.arguments()[0]));
	}

	public boolean any() {
		return !this.byField.isEmpty() || !this.general.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	/** The messages about one field (its JSON name, e.g. {@code registrationNumber}). */
	public List<String> on(String field) {
		return this.byField.getOrDefault(field, List.of());
	}

	/** The messages about each field, by field. */
	public Map<String, List<String>> fields() {
		return this.byField;
	}

	/** The messages about the whole form. */
	public List<String> general() {
		return this.general;
	}

	/**
	 * The status the page with these errors answers: 200 with none, else the refusal's.
	 */
	public HttpStatusCode status() {
		return this.status;
	}

}

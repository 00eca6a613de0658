package vn.dost.registry.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * After a stale edit, what someone else saved meanwhile: the stored values of the fields
 * that differ from the user's input, for the form to show beside the user's (fragment
 * {@code app/fields :: input(…, theirs, …)}). Blank and absent count as the same.
 */
public final class StaleValues {

	private StaleValues() {
	}

	/** The stored values that differ from the user's, by field, in the stored order. */
	public static Map<String, String> differing(Map<String, String> mine, Map<String, String> stored) {
		Map<String, String> theirs = new LinkedHashMap<>();
		stored.forEach((field, value) -> {
			if (!Objects.equals(blankless(value), blankless(mine.get(field)))) {
				theirs.put(field, value == null ? "" : value);
			}
		});
		return theirs;
	}

	private static String blankless(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

package vn.dost.registry.workspace.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dost.registry.audit.AuditEntry;
import vn.dost.registry.shared.Problems;

/**
 * One audit entry as the page shows it: its facts in the user's language — roles and
 * yes/no as words, a change as {@code before → after}.
 */
record AuditRow(AuditEntry entry, List<Detail> details) {

	/** One fact of an entry: its label's message key and its value, written out. */
	record Detail(String key, String value) {
	}

	static AuditRow of(AuditEntry entry, Problems words, Locale locale) {
		List<Detail> details = new ArrayList<>();
		boolean change = entry.action().name().endsWith("_CHANGED");
		Map<String, Object> facts = entry.details() == null ? Map.of() : entry.details();
		facts.forEach((key, value) -> details.add(new Detail(key, written(key, value, change, words, locale))));
		return new AuditRow(entry, List.copyOf(details));
	}

	private static String written(String key, Object value, boolean change, Problems words, Locale locale) {
		if (change && value instanceof List<?> pair && pair.size() == 2) {
			return written(key, pair.get(0), false, words, locale) + " → "
					+ written(key, pair.get(1), false, words, locale);
		}
		if (value == null) {
			return "–";
		}
		if (value instanceof Boolean yes) {
			return words.message(yes ? "app.audit.yes" : "app.audit.no", locale);
		}
		if (value instanceof Collection<?> values) {
			return values.isEmpty() ? "–"
					: values.stream()
						.map(one -> written(key, one, false, words, locale))
						.collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(pair -> pair.getKey() + ": " + written(key, pair.getValue(), false, words, locale))
				.collect(Collectors.joining(", "));
		}
		return key.equals("roles") ? words.message("app.role." + value, locale) : value.toString();
	}

}

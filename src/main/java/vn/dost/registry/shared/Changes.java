package vn.dost.registry.shared;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a history entry says changed: each field that differs, as
 * {@code field → [old, new]}, in the form history is stored and shown in (days as ISO
 * text, enumerations by name, lists element by element). The one way every history of the
 * service computes it.
 */
public final class Changes {

	private Changes() {
	}

	/**
	 * Each component of the two records that differs, in declaration order, under the
	 * name {@code naming} gives the component's (null leaves it out). A null
	 * {@code before} is a new record: each component is compared with nothing — an empty
	 * list for a list, {@code false} for a {@code boolean}, null otherwise.
	 */
	public static <R extends Record> Map<String, List<Object>> between(R before, R after,
			UnaryOperator<String> naming) {
		Map<String, List<Object>> changes = new LinkedHashMap<>();
		Map<String, Object> was = before == null ? null : Records.values(before);
		Map<String, Object> is = Records.values(after);
		for (RecordComponent component : after.getClass().getRecordComponents()) {
			String field = naming.apply(component.getName());
			if (field == null) {
				continue;
			}
			Object old = was == null ? nothing(component) : was.get(component.getName());
			Object now = is.get(component.getName());
			if (!Objects.equals(old, now)) {
				changes.put(field, pair(old, now));
			}
		}
		return changes;
	}

	/** One change, {@code [old, new]}, storable. */
	public static List<Object> pair(Object before, Object after) {
		return Arrays.asList(storable(before), storable(after));
	}

	/** Days as ISO text, enumerations by name, lists element by element. */
	public static Object storable(Object value) {
		if (value instanceof LocalDate || value instanceof Enum<?>) {
			return value.toString();
		}
		if (value instanceof Collection<?> values) {
			List<Object> copy = new ArrayList<>();
			values.forEach(each -> copy.add(storable(each)));
			return copy;
		}
		return value;
	}

	private static Object nothing(RecordComponent component) {
		if (List.class.isAssignableFrom(component.getType())) {
			return List.of();
		}
		return component.getType() == boolean.class ? Boolean.FALSE : null;
	}

}

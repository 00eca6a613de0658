package vn.dost.registry.registry;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dost.registry.shared.Records;

/**
 * Facts with every component set to a value of its type, for tests that must cover every
 * fact a title comes to have without listing them.
 */
public final class SampleFacts {

	private SampleFacts() {
	}

	public static RegistrationFacts everyFactSet() {
		Map<String, Object> facts = new HashMap<>();
		for (RecordComponent component : RegistrationFacts.class.getRecordComponents()) {
			facts.put(component.getName(), sample(component));
		}
		return Records.of(RegistrationFacts.class, facts);
	}

	private static Object sample(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == String.class) {
			return "Giá trị " + component.getName();
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2020, 2, 29);
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[1];
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == List.class) {
			boolean numbers = component.getGenericType().getTypeName().contains("Integer");
			return numbers ? List.of(29, 31) : List.of("Một", "Hai");
		}
		throw new IllegalStateException("No sample of a fact of type " + component.getGenericType());
	}

}

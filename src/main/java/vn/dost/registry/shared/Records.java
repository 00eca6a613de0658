package vn.dost.registry.shared;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records taken apart and put together by their components' names, so that copying a
 * record with a few changes, or building one from named values, does not list every
 * component by hand: a component added to the record needs no change here or in the
 * callers.
 */
public final class Records {

	/** Each record type's component accessors, made accessible once. */
	private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
		@Override
		protected Method[] computeValue(Class<?> type) {
			return Arrays.stream(type.getRecordComponents()).map(component -> {
				Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				return accessor;
			}).toArray(Method[]::new);
		}
	};

	/** Each record type's canonical constructor, made accessible once. */
	private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
		@Override
		protected Constructor<?> computeValue(Class<?> type) {
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
					.map(RecordComponent::getType)
					.toArray(Class<?>[]::new));
				constructor.setAccessible(true);
				return constructor;
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}
	};

	private Records() {
	}

	/** The record's components by name, in declaration order. */
	public static Map<String, Object> values(Record record) {
		Map<String, Object> values = new LinkedHashMap<>();
		RecordComponent[] components = record.getClass().getRecordComponents();
		Method[] accessors = ACCESSORS.get(record.getClass());
		for (int i = 0; i < components.length; i++) {
			try {
				values.put(components[i].getName(), accessors[i].invoke(record));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	/**
	 * A record of the type from named values: each component takes the value of its name
	 * (null — {@code false} or 0 for a primitive — when there is none); other names are
	 * not used.
	 */
	public static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] arguments = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			Object value = values.get(components[i].getName());
			arguments[i] = value != null ? value : absent(components[i].getType());
		}
		try {
			return type.cast(CONSTRUCTORS.get(type).newInstance(arguments));
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The record with the named components replaced (a name it has no component of is an
	 * error).
	 */
	@SuppressWarnings("unchecked")
	public static <R extends Record> R with(R record, Map<String, ?> changes) {
		Map<String, Object> values = values(record);
		changes.keySet().forEach(name -> {
			if (!values.containsKey(name)) {
				throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
			}
		});
		values.putAll(changes);
		return of((Class<R>) record.getClass(), values);
	}

	/** The record with one component replaced; {@code value} may be null. */
	public static <R extends Record> R with(R record, String name, Object value) {
		Map<String, Object> change = new HashMap<>();
		change.put(name, value);
		return with(record, change);
	}

	/** The default value of the type: null, or a primitive's zero ({@code false}). */
	private static Object absent(Class<?> type) {
		return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
	}

}

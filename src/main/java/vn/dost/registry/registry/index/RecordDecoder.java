package vn.dost.registry.registry.index;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonReader;
import org.bson.BsonType;

/**
 * Reads a record straight from BSON as the database stores it, by the record's own
 * components: each stored field goes to the component of the same name (or the name
 * given), read as the component's type — text, numbers, booleans, days, instants,
 * enumerations by name, lists, nested records. Nothing is built in between and no
 * reflection runs per field, which made it several times faster than Spring Data's
 * converter for reading a page of search results back. A stored field it does not know,
 * or a value of another type than the component's, is an error, never silently dropped; a
 * component with no stored field is null (0 or false for a primitive).
 */
final class RecordDecoder<R extends Record> {

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private final Class<R> type;

	private final Constructor<R> constructor;

	private final Map<String, Integer> positions = new HashMap<>();

	private final Set<String> skipped;

	private final Value[] values;

	private final Object[] absent;

	/**
	 * @param stored the stored name of each component whose name differs from it
	 * @param skipped stored fields that are known but not part of the record
	 */
	RecordDecoder(Class<R> type, Map<String, String> stored, Set<String> skipped) {
		this.type = type;
		this.skipped = Set.copyOf(skipped);
		RecordComponent[] components = type.getRecordComponents();
		this.values = new Value[components.length];
		this.absent = new Object[components.length];
		Class<?>[] parameters = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			this.positions.put(stored.getOrDefault(component.getName(), component.getName()), i);
			this.values[i] = value(component.getGenericType());
			this.absent[i] = absent(component.getType());
			parameters[i] = component.getType();
		}
		try {
			this.constructor = type.getDeclaredConstructor(parameters);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The record whose document the reader is positioned at the start of. */
	R read(BsonReader reader) {
		Object[] arguments = this.absent.clone();
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = reader.readName();
			Integer position = this.positions.get(name);
			if (position != null) {
				if (reader.getCurrentBsonType() == BsonType.NULL) {
					reader.readNull();
				}
				else {
					arguments[position] = this.values[position].read(reader);
				}
			}
			else if (this.skipped.contains(name)) {
				reader.skipValue();
			}
			else {
				throw new IllegalStateException(
						"A stored " + this.type.getSimpleName() + " has a field this reader does not know: " + name);
			}
		}
		reader.readEndDocument();
		try {
			return this.constructor.newInstance(arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How one value of the given type is read. */
	private interface Value {

		Object read(BsonReader reader);

	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Value value(Type type) {
		Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
		if (raw == String.class) {
			return BsonReader::readString;
		}
		if (raw == long.class || raw == Long.class) {
			return reader -> number(reader).longValue();
		}
		if (raw == int.class || raw == Integer.class) {
			return reader -> number(reader).intValue();
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return BsonReader::readBoolean;
		}
		if (raw == LocalDate.class) {
			// a day as the driver's codec stores it: midnight UTC of that day
			return reader -> LocalDate.ofEpochDay(epochDay(reader.readDateTime()));
		}
		if (raw == Instant.class) {
			return reader -> Instant.ofEpochMilli(reader.readDateTime());
		}
		if (raw.isEnum()) {
			return reader -> Enum.valueOf((Class<Enum>) raw, reader.readString());
		}
		if (raw == List.class) {
			return list(value(((ParameterizedType) type).getActualTypeArguments()[0]));
		}
		if (raw.isRecord()) {
			RecordDecoder<?> nested = new RecordDecoder<>((Class<Record>) raw, Map.of(), Set.of());
			return nested::read;
		}
		throw new IllegalArgumentException("No BSON reading for " + type);
	}

	private static Value list(Value element) {
		return reader -> {
			List<Object> list = new ArrayList<>();
			reader.readStartArray();
			while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
				if (reader.getCurrentBsonType() == BsonType.NULL) {
					reader.readNull();
					list.add(null);
				}
				else {
					list.add(element.read(reader));
				}
			}
			reader.readEndArray();
			return list;
		};
	}

	private static Number number(BsonReader reader) {
		return switch (reader.getCurrentBsonType()) {
			case INT32 -> reader.readInt32();
			case INT64 -> reader.readInt64();
			case DOUBLE -> reader.readDouble();
			default -> throw new IllegalStateException("A stored number is a " + reader.getCurrentBsonType());
		};
	}

	private static Object absent(Class<?> type) {
		if (type == long.class) {
			return 0L;
		}
		if (type == int.class) {
			return 0;
		}
		return type == boolean.class ? Boolean.FALSE : null;
	}

	/**
	 * The day a stored date names, as days since 1970-01-01: the driver's codec stores a
	 * day as midnight UTC of that day.
	 */
	static long epochDay(long millis) {
		return Math.floorDiv(millis, MILLIS_PER_DAY);
	}

}

package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.BsonReader;
import org.bson.BsonType;

/**
 * Reads a title straight from the BSON of its stored record (as the search index keeps
 * it: without history and authorised users), field by field, into the same
 * {@link Registration} Spring Data's converter makes of it — without building a document
 * first and without the converter's reflection, which were most of the cost of reading a
 * page of search results back. A stored field or a value type it does not know is an
 * error, never silently dropped (a field added to the entity must be added here too;
 * tests compare both readings over the seed data and a title with every field set); the
 * index then reads that record with the converter instead.
 */
public final class StoredTitles {

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private StoredTitles() {
	}

	/** The title whose record the reader is positioned at the start of. */
	public static Registration read(BsonReader reader) {
		Registration title = new Registration();
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = reader.readName();
			if (name.equals("facts")) {
				title.restore(name, facts(reader));
			}
			else if (name.equals("_class")) {
				reader.skipValue();
			}
			else if (!title.restore(name, value(reader))) {
				throw new IllegalStateException("A stored title has a field this reader does not know: " + name);
			}
		}
		reader.readEndDocument();
		return title;
	}

	private static RegistrationFacts facts(BsonReader reader) {
		if (reader.getCurrentBsonType() == BsonType.NULL) {
			reader.readNull();
			return null;
		}
		Map<String, Object> f = new HashMap<>();
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			f.put(reader.readName(), value(reader));
		}
		reader.readEndDocument();
		RegistrationFacts facts = new RegistrationFacts(enumOf(RegistrationType.class, f.remove("type")),
				(String) f.remove("name"), (String) f.remove("sign"), strings(f.remove("aliases")),
				(String) f.remove("product"), enumOf(ProductGroup.class, f.remove("productGroup")),
				integers(f.remove("niceClasses")), (String) f.remove("province"),
				strings(f.remove("additionalProvinces")), (String) f.remove("country"),
				strings(f.remove("currentProvinces")), (String) f.remove("area"),
				(String) f.remove("applicationNumber"), day(f.remove("filingDate")),
				(String) f.remove("registrationNumber"), day(f.remove("grantDate")),
				(String) f.remove("grantDatePartial"), (String) f.remove("grantDecision"),
				(String) f.remove("holderId"), (String) f.remove("holderName"), (String) f.remove("description"),
				(String) f.remove("specificCharacteristics"), Boolean.TRUE.equals(f.remove("publicListing")));
		if (!f.isEmpty()) {
			throw new IllegalStateException(
					"A stored title's facts have fields this reader does not know: " + f.keySet());
		}
		return facts;
	}

	/**
	 * A field's value as plain Java: text, numbers, booleans, a date-time as its
	 * {@link Instant}, an array as a list; null for a BSON null.
	 */
	private static Object value(BsonReader reader) {
		return switch (reader.getCurrentBsonType()) {
			case STRING -> reader.readString();
			case INT32 -> reader.readInt32();
			case INT64 -> reader.readInt64();
			case DOUBLE -> reader.readDouble();
			case BOOLEAN -> reader.readBoolean();
			case DATE_TIME -> Instant.ofEpochMilli(reader.readDateTime());
			case NULL -> {
				reader.readNull();
				yield null;
			}
			case ARRAY -> {
				List<Object> list = new ArrayList<>();
				reader.readStartArray();
				while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
					list.add(value(reader));
				}
				reader.readEndArray();
				yield list;
			}
			default -> throw new IllegalStateException(
					"A stored title has a value of an unexpected type: " + reader.getCurrentBsonType());
		};
	}

	/** A day as the driver's codec stores it: midnight UTC of that day. */
	static LocalDate day(Object value) {
		return value == null ? null
				: LocalDate.ofEpochDay(Math.floorDiv(((Instant) value).toEpochMilli(), MILLIS_PER_DAY));
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, Object value) {
		return value == null ? null : Enum.valueOf(type, (String) value);
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return (List<String>) value;
	}

	static List<Integer> integers(Object value) {
		if (value == null) {
			return null;
		}
		List<Integer> numbers = new ArrayList<>();
		for (Object number : (List<?>) value) {
			numbers.add(((Number) number).intValue());
		}
		return numbers;
	}

}

package vn.dost.registry.registry;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import vn.dost.registry.RegistryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StoredTitles} reads a stored record (as the search index keeps it) into exactly
 * the title Spring Data's converter makes of it: over every record in the database and
 * over a title with every field set.
 */
@RegistryIntegrationTest
class StoredTitlesIntegrationTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void everyStoredRecordReadsBackAsTheConverterReadsIt() {
		List<Document> stored = this.mongo.findAll(Document.class, "registrations").collectList().block();
		assertThat(stored).hasSizeGreaterThan(50);
		for (Document record : stored) {
			Document source = asIndexed(record);
			assertThat(StoredTitles.read(reader(bytes(source)))).as("title %s", record.get("_id"))
				.usingRecursiveComparison()
				.isEqualTo(converter().read(Registration.class, source));
		}
	}

	@Test
	void aTitleWithEveryFieldSetReadsBackAsTheConverterReadsIt() throws ReflectiveOperationException {
		Registration full = full();
		assertEveryFieldSet(full);
		Document record = new Document();
		converter().write(full, record);
		Document source = asIndexed(record);
		Registration read = StoredTitles.read(reader(bytes(source)));
		assertThat(read).usingRecursiveComparison().isEqualTo(converter().read(Registration.class, source));
		assertThat(read).usingRecursiveComparison().ignoringFields("history").isEqualTo(full);
	}

	@Test
	void aDayStoredAtAnotherHourAndAVersionStoredAsInt32ReadAsTheConverterReadsThem() {
		Document record = new Document();
		converter().write(full(), record);
		Document source = asIndexed(record);
		// 17:00 UTC is already the next day in Vietnam: the day is the UTC one, as the
		// converter reads it
		Document facts = new Document((Document) source.get("facts"));
		facts.put("filingDate", Date.from(Instant.parse("2020-02-28T17:00:00Z")));
		source.put("facts", facts);
		source.put("version", 3);
		Registration read = StoredTitles.read(reader(bytes(source)));
		assertThat(read.getFacts().filingDate()).isEqualTo(LocalDate.of(2020, 2, 28));
		assertThat(read.getVersion()).isEqualTo(3L);
		assertThat(read).usingRecursiveComparison().isEqualTo(converter().read(Registration.class, source));
	}

	@Test
	void aStoredFieldTheReaderDoesNotKnowIsAnErrorNotDropped() {
		Document record = new Document();
		converter().write(full(), record);
		Document source = asIndexed(record).append("surprise", "x");
		assertThatThrownBy(() -> StoredTitles.read(reader(bytes(source)))).hasMessageContaining("surprise");
		Document facts = (Document) asIndexed(record).get("facts");
		Document withOddFact = asIndexed(record).append("facts", new Document(facts).append("colour", "red"));
		assertThatThrownBy(() -> StoredTitles.read(reader(bytes(withOddFact)))).hasMessageContaining("colour");
	}

	/**
	 * A title with every fact and every stored field set (history aside, which the index
	 * does not keep).
	 */
	private static Registration full() {
		RegistrationFacts facts = new RegistrationFacts(RegistrationType.COLLECTIVE_MARK, "Sầu riêng Khánh Sơn", "KS",
				List.of("Sau rieng KS"), "Quả sầu riêng", ProductGroup.FOOD, List.of(31, 29), "Khánh Hòa",
				List.of("Ninh Thuận"), "VN", List.of("Khánh Hòa"), "Xã Sơn Lâm", "4-2020-12345",
				LocalDate.of(2020, 2, 29), "4-0123456-000", LocalDate.of(2021, 12, 31), "2021", "QĐ 123/QĐ-SHTT",
				"holder-1", "Hợp tác xã Sầu riêng", "Mô tả đầy đủ", "Đặc thù", true);
		Registration title = Registration.enter("title-1", facts, RegistrationStatus.GRANTED, "officer",
				Instant.parse("2024-05-06T07:08:09.123Z"));
		title.restore("version", 7L);
		title.restore("gazetteNumber", "CB 411");
		title.restore("renewals", 2);
		title.restore("updatedAt", Instant.parse("2025-01-02T03:04:05.678Z"));
		// a complete title has none: set so that the field is read too
		title.restore("dataIssues", new ArrayList<>(List.of("NO_AREA")));
		title.restore("incomplete", true);
		return title;
	}

	private static void assertEveryFieldSet(Registration title) throws ReflectiveOperationException {
		for (Field field : Registration.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())
					|| List.of("history", "authorisedUsers").contains(field.getName())) {
				continue;
			}
			field.setAccessible(true);
			Object value = field.get(title);
			assertThat(value).as(field.getName()).isNotNull().isNotEqualTo(0).isNotEqualTo(false);
			if (value instanceof List<?> list) {
				assertThat(list).as(field.getName()).isNotEmpty();
			}
		}
		for (RecordComponent component : RegistrationFacts.class.getRecordComponents()) {
			Object value = component.getAccessor().invoke(title.getFacts());
			assertThat(value).as(component.getName()).isNotNull().isNotEqualTo(false);
		}
	}

	/** The record as the index stores it: without history and authorised users. */
	private static Document asIndexed(Document record) {
		Document copy = new Document(record);
		copy.remove("history");
		copy.remove("authorisedUsers");
		return copy;
	}

	private MongoConverter converter() {
		return this.mongo.getConverter();
	}

	private byte[] bytes(Document document) {
		Codec<Document> codec = converter().getCodecRegistry().get(Document.class);
		BasicOutputBuffer buffer = new BasicOutputBuffer();
		try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
			codec.encode(writer, document, EncoderContext.builder().build());
		}
		return buffer.toByteArray();
	}

	private static BsonBinaryReader reader(byte[] bytes) {
		return new BsonBinaryReader(ByteBuffer.wrap(bytes));
	}

}

package vn.dost.registry.registry.index;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.SampleFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index reads a stored record (as it keeps it: without history and authorised users)
 * into exactly the listing the database's record gives through Spring Data's converter:
 * over every record in the database and over a record with every field set.
 */
@RegistryIntegrationTest
class ListingReadingIntegrationTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void everyStoredRecordReadsAsTheConverterReadsIt() {
		List<Document> stored = this.mongo.findAll(Document.class, "registrations").collectList().block();
		assertThat(stored).hasSizeGreaterThan(50);
		for (Document record : stored) {
			Document source = asIndexed(record);
			assertThat(read(source)).as("title %s", record.get("_id"))
				.usingRecursiveComparison()
				.isEqualTo(converted(source));
		}
	}

	@Test
	void aRecordWithEveryFieldSetReadsAsTheConverterReadsIt() throws ReflectiveOperationException {
		Document source = full();
		RegistrationListing read = read(source);
		assertEveryComponentSet(read);
		assertEveryComponentSet(read.facts());
		assertThat(read).usingRecursiveComparison().isEqualTo(converted(source));
		assertThat(read.version()).isEqualTo(7L);
		assertThat(read.endedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(read.endedBy()).isEqualTo(RegistrationStatus.TERMINATED);
	}

	@Test
	void aDayStoredAtAnotherHourAndAVersionStoredAsInt32ReadAsTheConverterReadsThem() {
		Document source = full();
		// 17:00 UTC is already the next day in Vietnam: the day is the UTC one, as the
		// converter reads it
		Document facts = new Document((Document) source.get("facts"));
		facts.put("filingDate", Date.from(Instant.parse("2020-02-28T17:00:00Z")));
		source.put("facts", facts);
		source.put("version", 3);
		RegistrationListing read = read(source);
		assertThat(read.facts().filingDate()).isEqualTo(LocalDate.of(2020, 2, 28));
		assertThat(read.version()).isEqualTo(3L);
		assertThat(read).usingRecursiveComparison().isEqualTo(converted(source));
	}

	@Test
	void aStoredFieldTheReaderDoesNotKnowIsAnErrorNotDropped() {
		Document source = full().append("surprise", "x");
		assertThatThrownBy(() -> read(source)).hasMessageContaining("surprise");
		Document facts = (Document) full().get("facts");
		Document withOddFact = full().append("facts", new Document(facts).append("colour", "red"));
		assertThatThrownBy(() -> read(withOddFact)).hasMessageContaining("colour");
		Document withOddType = full().append("gazetteNumber", 411);
		assertThatThrownBy(() -> read(withOddType)).isInstanceOf(RuntimeException.class);
	}

	/**
	 * A stored record with every field a registration stores set (history and authorised
	 * users aside, which the index does not keep).
	 */
	private Document full() {
		Document stored = new Document();
		converter().write(SampleFacts.everyFactSet(), stored);
		stored.remove("_class");
		return new Document("_id", "title-1").append("version", 7L)
			.append("facts", stored)
			.append("status", "TERMINATED")
			.append("gazetteNumber", "CB 411")
			.append("renewals", 2)
			.append("expiryDate", day(2050, 2, 28))
			.append("graceEnds", day(2050, 8, 28))
			.append("endedOn", day(2024, 3, 1))
			.append("endedBy", "TERMINATED")
			.append("applicationKey", "COLLECTIVE_MARK:4-2020-12345")
			.append("registrationKey", "COLLECTIVE_MARK:4-0123456-000")
			.append("provinceKeys", List.of("Khánh Hòa", "Ninh Thuận"))
			.append("nameSortKey", "key")
			.append("dataIssues", List.of("grantDate.partial"))
			.append("createdAt", Date.from(Instant.parse("2024-05-06T07:08:09.123Z")))
			.append("updatedAt", Date.from(Instant.parse("2025-01-02T03:04:05.678Z")))
			.append("_class", Registration.class.getName());
	}

	private static Date day(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
	}

	private static void assertEveryComponentSet(Record record) throws ReflectiveOperationException {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			Object value = component.getAccessor().invoke(record);
			assertThat(value).as(component.getName()).isNotNull().isNotEqualTo(0L).isNotEqualTo(false);
			if (value instanceof List<?> list) {
				assertThat(list).as(component.getName()).isNotEmpty();
			}
		}
	}

	private RegistrationListing read(Document source) {
		return IndexedFields.LISTINGS.read(new BsonBinaryReader(ByteBuffer.wrap(bytes(source))));
	}

	private RegistrationListing converted(Document source) {
		return converter().read(Registration.class, source).listing();
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

}

package vn.dost.registry.registry.index;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.shared.IdOrderedReads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored record the index's own reader does not know (a field a newer version of the
 * service added, a value of another type) is still read, by Spring Data's converter: a
 * listing never fails on it. A record a rebuild reads is stored in the index as the bytes
 * the database sent when it has no history or users to leave out: the same bytes as
 * decoding and encoding it again gives.
 */
@RegistryIntegrationTest
class IndexedFieldsIntegrationTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aRecordWithAFieldOrATypeTheReaderDoesNotKnowIsReadByTheConverter() {
		IndexedFields fields = new IndexedFields(this.mongo.getConverter());
		Document stored = this.mongo.findAll(Document.class, RegistrationIndex.COLLECTION).blockFirst();
		Document withNewField = new Document(stored).append("addedLater", new Document("x", 1));
		Document withOddType = new Document(stored).append("renewals", 1.0);
		for (Document record : List.of(withNewField, withOddType)) {
			RegistrationListing read = fields.read(fields.source(record));
			Document indexed = new Document(record);
			indexed.remove("history");
			indexed.remove("authorisedUsers");
			assertThat(read).usingRecursiveComparison()
				.isEqualTo(this.mongo.getConverter().read(Registration.class, indexed).listing());
			assertThat(read.id()).isEqualTo(stored.get("_id"));
		}
	}

	@Test
	void aRecordAsTheDatabaseSentItIsStoredAsTheBytesEncodingItAgainGives() {
		IndexedFields fields = new IndexedFields(this.mongo.getConverter());
		Query withoutHistory = new Query();
		withoutHistory.fields().exclude("history");
		List<RawBsonDocument> sent = IdOrderedReads
			.rawBatches(this.mongo, withoutHistory, RegistrationIndex.COLLECTION, 50)
			.flatMapIterable(batch -> batch)
			.collectList()
			.block();
		assertThat(sent).hasSizeGreaterThan(50);
		Codec<Document> codec = this.mongo.getConverter().getCodecRegistry().get(Document.class);
		for (RawBsonDocument record : sent) {
			Document decoded = fields.decode(record);
			Document stored = this.mongo.findById(decoded.get("_id"), Document.class, RegistrationIndex.COLLECTION)
				.block();
			stored.remove("history");
			assertThat(decoded).isEqualTo(stored);
			assertThat(IndexedFields.bytes(record)).isEqualTo(fields.source(decoded));
			assertThat(IndexedFields.userEnds(record)).containsExactly(IndexedFields.userEnds(decoded));
			// with users and history, which the index leaves out but for the users' days
			Document withMore = new Document(decoded)
				.append("authorisedUsers",
						List.of(new Document("name", "Hộ Đông").append("validUntil", new Date(1_900_000_000_000L)),
								new Document("name", "Hộ Tây")))
				.append("history", List.of(new Document("action", "CREATED")));
			RawBsonDocument more = new RawBsonDocument(withMore, codec);
			assertThat(IndexedFields.storedAsSent(more)).isFalse();
			assertThat(IndexedFields.bytes(more)).isEqualTo(fields.source(withMore))
				.isEqualTo(IndexedFields.bytes(record));
			assertThat(IndexedFields.userEnds(more)).containsExactly(IndexedFields.userEnds(withMore))
				.containsExactly(RecordDecoder.epochDay(1_900_000_000_000L));
		}
	}

}

package vn.dost.registry.registry.index;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationListing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored record the index's own reader does not know (a field a newer version of the
 * service added, a value of another type) is still read, by Spring Data's converter: a
 * listing never fails on it.
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

}

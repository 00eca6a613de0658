package vn.dost.registry.registry;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import vn.dost.registry.RegistryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unique number indexes, and the one writes at a version use, exist as soon as the
 * service answers: they are created before it starts.
 */
@RegistryIntegrationTest
class RegistrationIndexesIntegrationTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void hasUniqueSparseIndexesOnBothNumbersPerType() {
		this.mongo.indexOps(Registration.class)
			.getIndexInfo()
			.filter(index -> index.getName().equals(RegistrationIndexes.APPLICATION_KEY)
					|| index.getName().equals(RegistrationIndexes.REGISTRATION_KEY))
			.collectList()
			.as(StepVerifier::create)
			.assertNext(indexes -> {
				assertThat(indexes).hasSize(2);
				assertThat(indexes).allMatch(IndexInfo::isUnique).allMatch(IndexInfo::isSparse);
			})
			.verifyComplete();
	}

	/**
	 * A write at a version names {@code _id} and {@code version}: the embedded database
	 * uses an index only for a query naming exactly its fields.
	 */
	@Test
	void hasAnIndexOnIdAndVersionForWritesAtAVersion() {
		this.mongo.indexOps(Registration.class)
			.getIndexInfo()
			.filter(index -> index.getName().equals(RegistrationIndexes.ID_VERSION))
			.collectList()
			.as(StepVerifier::create)
			.assertNext(indexes -> {
				assertThat(indexes).hasSize(1);
				assertThat(indexes.get(0).getIndexFields()).extracting(field -> field.getKey())
					.containsExactly("_id", "version");
			})
			.verifyComplete();
	}

}

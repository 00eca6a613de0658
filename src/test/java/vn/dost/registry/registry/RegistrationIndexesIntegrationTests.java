package vn.dost.registry.registry;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import vn.dost.registry.RegistryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unique number indexes exist as soon as the service answers: they are created before
 * it starts.
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

}

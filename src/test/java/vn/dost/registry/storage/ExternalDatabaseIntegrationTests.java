package vn.dost.registry.storage;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code MONGODB_URI} set the service uses that database and starts no embedded one.
 * A separate MongoDB-compatible server stands in for a real MongoDB here (none can be
 * installed on our machines).
 */
@RegistryIntegrationTest
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
class ExternalDatabaseIntegrationTests {

	private static final MongoServer EXTERNAL = new MongoServer(new MemoryBackend());

	private static final String URI = EXTERNAL.bindAndGetConnectionString();

	@DynamicPropertySource
	static void external(DynamicPropertyRegistry registry) {
		registry.add("MONGODB_URI", () -> URI);
		registry.add("spring.mongodb.uri", () -> URI + "/external");
		registry.add("spring.mongodb.database", () -> "external");
	}

	@AfterAll
	static void stop() {
		EXTERNAL.shutdownNow();
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	WebTestClient client;

	@Test
	void startsNoEmbeddedDatabaseAndWritesToTheConfiguredOne() {
		assertThat(this.context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
		String name = "Hợp tác xã ngoài " + TestData.serial();
		String id = TestData.holder(TestUsers.admin(this.client), name, "Khánh Hòa");
		try (MongoClient external = MongoClients.create(URI)) {
			Mono.from(external.getDatabase("external").getCollection("holders").find(new Document("_id", id)).first())
				.map(document -> document.getString("name"))
				.as(StepVerifier::create)
				.expectNext(name)
				.verifyComplete();
			Mono.from(external.getDatabase("external").getCollection("registrations").countDocuments())
				.as(StepVerifier::create)
				.assertNext(count -> assertThat(count).as("seed titles").isEqualTo(90))
				.verifyComplete();
		}
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/registrations?size=1")
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(90);
	}

}

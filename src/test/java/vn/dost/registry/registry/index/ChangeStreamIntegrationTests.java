package vn.dost.registry.registry.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that another service instance made (here: written straight into the collection,
 * past this instance's code) reach this instance's index through the change stream. The
 * embedded server keeps an operation log for this test, as a replica set does.
 */
@RegistryIntegrationTest
@TestPropertySource(properties = { "registry.embedded.oplog=true", "registry.index.follow-changes=true",
		"registry.index.follow-retry=PT0.2S" })
@SuppressWarnings("unchecked")
class ChangeStreamIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@LocalServerPort
	int port;

	@Test
	void insertsUpdatesAndDeletesByAnotherInstanceReachTheIndex() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã luồng thay đổi " + TestData.serial(), "Quảng Trị");
		Map<String, Object> created = TestData.create(admin, TestData.markFiling(holder, "Quảng Trị"));
		String copyId = UUID.randomUUID().toString();
		String copyName = "Bản sao Streamxa " + TestData.serial();

		this.mongo.findById(created.get("id"), Document.class, "registrations")
			.map(original -> copyOf(original, copyId, copyName))
			.flatMap(copy -> this.mongo.getCollection("registrations").flatMap(c -> Mono.from(c.insertOne(copy))))
			.then(eventually("streamxa", List.of(copyId)))
			.as(StepVerifier::create)
			.verifyComplete();

		String newName = "Đổi tên Streamyb " + TestData.serial();
		this.mongo.getCollection("registrations")
			.flatMap(c -> Mono.from(c.updateOne(new Document("_id", copyId),
					new Document("$set", new Document("facts.name", newName).append("version", 1L)))))
			.then(eventually("streamyb", List.of(copyId)))
			.then(eventually("streamxa", List.of()))
			.as(StepVerifier::create)
			.verifyComplete();

		this.mongo.getCollection("registrations")
			.flatMap(c -> Mono.from(c.deleteOne(new Document("_id", copyId))))
			.then(eventually("streamyb", List.of()))
			.as(StepVerifier::create)
			.verifyComplete();
	}

	@Test
	void authorisedUsersWrittenByAnotherInstanceReachTheirIndex() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội luồng người dùng " + TestData.serial(), "Khánh Hòa");
		String titleId = (String) AuthorisedUserFixtures.publicIndication(admin, holder, "Yến sào", "Hòn Nội")
			.get("id");
		AuthorisedUserFixtures.add(admin, titleId, AuthorisedUserFixtures.user("Cơ sở Streamuz", "S-1"));
		String copyId = UUID.randomUUID().toString();

		this.mongo.findById(titleId, Document.class, "registrations")
			.map(original -> copyOf(original, copyId, "Bản sao yến " + TestData.serial()))
			.flatMap(copy -> this.mongo.getCollection("registrations").flatMap(c -> Mono.from(c.insertOne(copy))))
			.then(eventuallyUsers("streamuz", List.of(titleId, copyId)))
			.as(StepVerifier::create)
			.verifyComplete();

		this.mongo.getCollection("registrations")
			.flatMap(c -> Mono.from(c.updateOne(new Document("_id", copyId),
					new Document("$set", new Document("facts.publicListing", false).append("version", 99L)))))
			.then(eventuallyUsers("streamuz", List.of(titleId)))
			.as(StepVerifier::create)
			.verifyComplete();
	}

	private static Document copyOf(Document original, String id, String name) {
		Document copy = new Document(original);
		copy.put("_id", id);
		copy.remove("applicationKey");
		copy.remove("registrationKey");
		Document facts = new Document((Map<String, Object>) original.get("facts"));
		facts.put("name", name);
		facts.remove("applicationNumber");
		copy.put("facts", facts);
		return copy;
	}

	/**
	 * Completes once a public lookup of authorised users for the words finds users of
	 * exactly these titles; fails after about ten seconds.
	 */
	private Mono<Void> eventuallyUsers(String words, List<String> titleIds) {
		return Mono
			.defer(() -> WebClient.create("http://localhost:" + this.port)
				.get()
				.uri(uri -> uri.path("/api/v1/public/authorised-users").queryParam("q", words).build())
				.retrieve()
				.bodyToMono(Map.class))
			.map(page -> ((List<Map<String, Object>>) page.get("items")).stream()
				.map(item -> ((Map<String, Object>) item.get("title")).get("id"))
				.sorted()
				.toList())
			.filter(found -> found.equals(titleIds.stream().sorted().toList()))
			.repeatWhenEmpty(repeats -> repeats.delayElements(Duration.ofMillis(100)).take(100))
			.switchIfEmpty(Mono.error(new AssertionError("lookup of " + words + " never found users of " + titleIds)))
			.then();
	}

	/**
	 * Completes once a search for the words finds exactly these titles; fails after about
	 * ten seconds.
	 */
	private Mono<Void> eventually(String words, List<String> ids) {
		WebClient web = WebClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
			.build();
		return Mono
			.defer(() -> web.get()
				.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", words).build())
				.retrieve()
				.bodyToMono(Map.class))
			.map(page -> ((List<Map<String, Object>>) page.get("items")).stream().map(item -> item.get("id")).toList())
			.filter(found -> found.equals(ids))
			.repeatWhenEmpty(repeats -> repeats.delayElements(Duration.ofMillis(100)).take(100))
			.switchIfEmpty(Mono.error(new AssertionError("search for " + words + " never found " + ids)))
			.then();
	}

}

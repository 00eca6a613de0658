package vn.dost.registry.registry;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history entry whose action this version does not know (written by a newer one) is
 * read, shown and printed as stored, and kept as stored when the title is written again.
 */
@RegistryIntegrationTest
class UnknownHistoryActionIntegrationTests {

	private static final String NEWER = "CORRECTED_FROM_SOURCE";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aTitleWithAnUnknownHistoryActionReadsAndKeepsIt() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holderId = TestData.holder(admin, "Hội mới " + TestData.serial(), null);
		Map<String, Object> body = TestData
			.with(TestData.grantedMark(holderId, "Quảng Trị", java.time.LocalDate.of(2020, 1, 2)), "public", true);
		String id = (String) TestData.create(admin, body).get("id");
		Document entry = new Document("at", Date.from(Instant.parse("2026-01-02T03:04:05Z"))).append("actor", "newer")
			.append("action", NEWER)
			.append("fromStatus", "GRANTED")
			.append("toStatus", "GRANTED")
			.append("reference", "12/TB")
			.append("changes", new Document());
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("history", entry),
					"registrations")
			.block();

		admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[1].action")
			.isEqualTo(NEWER);
		this.client.get().uri("/api/v1/public/registrations/{id}", id).exchange().expectStatus().isOk();
		this.client.get().uri("/portal/registrations/{id}", id).exchange().expectStatus().isOk();
		this.client.get().uri("/portal/feed.atom").exchange().expectStatus().isOk();
		admin.get().uri("/api/v1/registrations/{id}/summary.pdf", id).exchange().expectStatus().isOk();

		admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(TestData.with(body, "product", "Quả bưởi da xanh"))
			.exchange()
			.expectStatus()
			.isOk();
		List<Document> history = this.mongo.findById(id, Document.class, "registrations")
			.block()
			.getList("history", Document.class);
		assertThat(history).extracting(stored -> stored.getString("action"))
			.containsExactly("RECORDED", NEWER, "UPDATED");
	}

}

package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorised users decided on by an earlier version, which kept no decision date, get the
 * date of their last decision from the title's history (the entry's day in Vietnam) when
 * the service starts: tested on a copy of a title in the old shape.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class AuthorisedUserDecisionDatesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	AuthorisedUserDecisionDates migration;

	@Test
	void givesEachUserDecidedOnTheDayOfItsLastDecisionAndChangesNothingElse() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội cũ " + TestData.serial(), "Khánh Hòa");
		String titleId = (String) AuthorisedUserFixtures.publicIndication(admin, holder, "Yến sào", "Khánh Hòa")
			.get("id");
		String suspended = (String) AuthorisedUserFixtures.add(admin, titleId, AuthorisedUserFixtures.user("A", "A1"))
			.get("id");
		String revoked = (String) AuthorisedUserFixtures.add(admin, titleId, AuthorisedUserFixtures.user("B", "B1"))
			.get("id");
		AuthorisedUserFixtures.add(admin, titleId, AuthorisedUserFixtures.user("C", "C1"));
		AuthorisedUserFixtures.decide(admin, titleId, suspended, "suspend", Map.of("reason", "r"));
		AuthorisedUserFixtures.decide(admin, titleId, revoked, "suspend", Map.of("reason", "r"));
		AuthorisedUserFixtures.decide(admin, titleId, revoked, "revoke", Map.of("reason", "r"));
		String copyId = UUID.randomUUID().toString();
		Document old = oldShape(this.mongo.findById(titleId, Document.class, "registrations").block(), copyId);
		this.mongo.insert(old, "registrations").block();

		AuthorisedUserDecisionDates.Migrated migrated = this.migration.migrate().block();

		assertThat(migrated.titles()).contains(copyId).doesNotContain(titleId);
		Document after = this.mongo.findById(copyId, Document.class, "registrations").block();
		List<Document> users = after.getList("authorisedUsers", Document.class);
		assertThat(users.get(0).get("statusSince")).isEqualTo(day(LocalDate.of(2025, 3, 5)));
		assertThat(users.get(1).get("statusSince")).isEqualTo(day(LocalDate.of(2025, 4, 2)));
		assertThat(users.get(2)).doesNotContainKey("statusSince");
		assertThat(after.get("version")).isEqualTo(old.get("version"));
		assertThat(after.getList("history", Document.class)).isEqualTo(old.getList("history", Document.class));
		assertThat(this.mongo.findById(AuthorisedUserDecisionDates.MARKER, Document.class, "registry_meta").block())
			.isNotNull();
		admin.get()
			.uri("/api/v1/registrations/{id}/authorised-users", copyId)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].statusSince")
			.isEqualTo("2025-03-05")
			.jsonPath("$.items[1].statusSince")
			.isEqualTo("2025-04-02")
			.jsonPath("$.items[2].statusSince")
			.isEqualTo("2021-04-01");

		assertThat(this.migration.migrate().map(again -> again.titles()).block()).doesNotContain(copyId);
		// the search indexes never saw the copy: a later rebuild must not find it either
		this.mongo.remove(Query.query(Criteria.where("_id").is(copyId)), "registrations").block();
	}

	/**
	 * The title as an earlier version stored it: users without {@code statusSince} or
	 * {@code commune}, decisions without a date, entered at times whose day in Vietnam is
	 * the next day in UTC for the suspension.
	 */
	private static Document oldShape(Document stored, String id) {
		Document copy = new Document(stored);
		copy.put("_id", id);
		copy.remove("applicationKey");
		copy.remove("registrationKey");
		List<Document> users = copy.getList("authorisedUsers", Document.class);
		users.forEach(user -> {
			user.remove("statusSince");
			user.remove("commune");
		});
		List<Document> history = copy.getList("history", Document.class);
		String[] at = { "2025-03-04T20:00:00Z", "2025-03-20T01:00:00Z", "2025-04-02T03:00:00Z" };
		int decision = 0;
		for (Document entry : history) {
			if (entry.getString("action").startsWith("AUTHORISED_USER_") && entry.get("reason") != null) {
				entry.remove("date");
				entry.put("at", Date.from(Instant.parse(at[decision++])));
			}
		}
		return copy;
	}

	private static Object day(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}

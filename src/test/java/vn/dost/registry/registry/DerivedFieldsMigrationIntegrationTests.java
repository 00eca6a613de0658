package vn.dost.registry.registry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records written by an earlier version (copies of real records in the older shape) are
 * brought to the current rules for derived fields, in place, and the run is recorded.
 */
@RegistryIntegrationTest
class DerivedFieldsMigrationIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	DerivedFieldsMigration migration;

	WebTestClient admin;

	String holderId;

	/** The copies inserted, removed after each test: the search index never saw them. */
	final List<String> copies = new ArrayList<>();

	@AfterEach
	void removeCopies() {
		this.mongo.remove(Query.query(Criteria.where("_id").in(this.copies)), "registrations").block();
	}

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Ban quản lý " + TestData.serial(), null);
	}

	@Test
	void aTerminatedTitleStoredWithoutTheDateAndKindOfItsDecisionGetsThem() {
		String id = terminatedGi("2025-03-01");
		Document current = stored(id);
		assertThat(current.get("endedOn")).isEqualTo(day("2025-03-01"));
		assertThat(current.get("endedBy")).isEqualTo("TERMINATED");
		String copy = oldShapeCopy(current, old -> {
			old.remove("endedOn");
			old.remove("endedBy");
		});

		DerivedFieldsMigration.Migrated migrated = this.migration.migrate(true).block();

		Document brought = stored(copy);
		assertThat(brought.get("endedOn")).isEqualTo(day("2025-03-01"));
		assertThat(brought.get("endedBy")).isEqualTo("TERMINATED");
		assertThat(brought.get("version")).isEqualTo(current.get("version"));
		assertThat(brought.get("updatedAt")).isEqualTo(current.get("updatedAt"));
		assertThat(brought.getList("history", Document.class)).isEqualTo(current.getList("history", Document.class));
		assertThat(migrated.changed()).containsKeys("endedOn", "endedBy");
		assertThat(migrated.titles()).contains(copy).doesNotContain(id);
		Document record = this.mongo.findById(DerivedFieldsMigration.MARKER, Document.class, "registry_meta").block();
		assertThat(record.get("rules")).isEqualTo(DerivedFieldsMigration.RULES);
		assertThat(record.getList("titles", String.class)).contains(copy);
		assertThat(this.migration.migrate(true).block().changed()).isEmpty();
	}

	@Test
	void aRefusedMarkStoredWithAnExpiryDateLosesItAndReadsLikeANewOne() {
		Map<String, Object> filing = TestData.markFiling(this.holderId, "Khánh Hòa");
		String id = (String) TestData.create(this.admin, filing).get("id");
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "REFUSE", "date", "2026-06-01"))
			.exchange()
			.expectStatus()
			.isOk();
		Document current = stored(id);
		assertThat(current).doesNotContainKey("expiryDate").doesNotContainKey("graceEnds");
		String copy = oldShapeCopy(current,
				old -> old.append("expiryDate", day("2030-03-10")).append("graceEnds", day("2030-09-10")));

		DerivedFieldsMigration.Migrated migrated = this.migration.migrate(true).block();

		assertThat(stored(copy)).doesNotContainKey("expiryDate").doesNotContainKey("graceEnds");
		assertThat(migrated.changed()).containsKeys("expiryDate", "graceEnds");
		assertThat(migrated.titles()).contains(copy).doesNotContain(id);
	}

	@Test
	void fieldsNothingReadsAnyMoreAreRemoved() {
		Map<String, Object> filing = TestData.markFiling(this.holderId, "Quảng Trị");
		String id = (String) TestData.create(this.admin, filing).get("id");
		Document current = stored(id);
		assertThat(current).doesNotContainKey("searchText").doesNotContainKey("incomplete");
		String copy = oldShapeCopy(current,
				old -> old.append("searchText", "nhan hieu thu qua buoi").append("incomplete", false));

		DerivedFieldsMigration.Migrated migrated = this.migration.migrate(true).block();

		Document brought = stored(copy);
		assertThat(brought).doesNotContainKey("searchText").doesNotContainKey("incomplete");
		assertThat(brought.get("version")).isEqualTo(current.get("version"));
		assertThat(migrated.changed()).containsKeys("searchText", "incomplete");
		assertThat(migrated.titles()).contains(copy).doesNotContain(id);
	}

	private String terminatedGi(String decided) {
		Map<String, Object> gi = TestData.create(this.admin,
				Map.of("type", "GEOGRAPHICAL_INDICATION", "name", "Chè " + TestData.serial(), "product", "Chè",
						"province", "Quảng Trị", "status", "GRANTED", "grantDate", "2020-01-02", "holderId",
						this.holderId));
		String id = (String) gi.get("id");
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "TERMINATE", "date", decided, "reason", "Không còn điều kiện"))
			.exchange()
			.expectStatus()
			.isOk();
		return id;
	}

	/**
	 * Inserts a copy of the stored record under a new id, changed to an older shape; its
	 * numbers' keys dropped (they are unique).
	 */
	private String oldShapeCopy(Document current, java.util.function.Consumer<Document> older) {
		Document copy = new Document(current);
		String id = "old-shape-" + TestData.serial();
		copy.put("_id", id);
		copy.remove("applicationKey");
		copy.remove("registrationKey");
		older.accept(copy);
		this.mongo.insert(copy, "registrations").block();
		this.copies.add(id);
		return id;
	}

	private Document stored(String id) {
		return this.mongo.findById(id, Document.class, "registrations").block();
	}

	private static Date day(String day) {
		return Date.from(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}

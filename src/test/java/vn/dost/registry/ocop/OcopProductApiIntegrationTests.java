package vn.dost.registry.ocop;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dost.registry.ocop.OcopTestData.PRODUCTS;
import static vn.dost.registry.ocop.OcopTestData.count;
import static vn.dost.registry.ocop.OcopTestData.create;
import static vn.dost.registry.ocop.OcopTestData.dataIssues;
import static vn.dost.registry.ocop.OcopTestData.linkedTo;
import static vn.dost.registry.ocop.OcopTestData.marker;
import static vn.dost.registry.ocop.OcopTestData.product;
import static vn.dost.registry.ocop.OcopTestData.withHolder;

@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class OcopProductApiIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	MutableClock clock;

	WebTestClient admin;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void createsProductWithLocationEtagNfcTextCanonicalProvinceAndValidity() {
		String name = "Nước mắm Cà Ná " + marker();
		Map<String, Object> body = product(Normalizer.normalize(name, Normalizer.Form.NFD), "tinh ninh thuan", 3);
		body.put("producerName", Normalizer.normalize("  Hợp tác xã Cà Ná  ", Normalizer.Form.NFD));
		body.put("commune", "Cà Ná");
		body.put("decisionNumber", "1502/QĐ-UBND");
		body.put("validUntil", "2099-01-01");
		var result = this.admin.post()
			.uri(PRODUCTS)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/ocop-products/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo(name)
			.jsonPath("$.producerName")
			.isEqualTo("Hợp tác xã Cà Ná")
			.jsonPath("$.province")
			.isEqualTo("Ninh Thuận")
			.jsonPath("$.currentProvince")
			.isEqualTo("Khánh Hòa")
			.jsonPath("$.currentProvinces")
			.value(current -> assertThat((List<Object>) current).containsExactly("Khánh Hòa"))
			.jsonPath("$.productGroup")
			.isEqualTo("FOOD")
			.jsonPath("$.stars")
			.isEqualTo(3)
			.jsonPath("$.certifiedOn")
			.isEqualTo("2025-03-12")
			.jsonPath("$.validUntil")
			.isEqualTo("2028-03-12")
			.jsonPath("$.registrationIds")
			.isEmpty()
			.jsonPath("$.dataIssues")
			.value(issues -> assertThat((List<Object>) issues).containsExactly("holderId.missing"))
			.returnResult();
		String location = result.getResponseHeaders().getLocation().toString();
		String id = location.substring(location.lastIndexOf('/') + 1);
		this.admin.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.validUntil")
			.isEqualTo("2028-03-12");
		this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "ocop_products")
			.as(StepVerifier::create)
			.assertNext(stored -> assertThat(stored.get("facts", Document.class).getString("name")).isEqualTo(name))
			.verifyComplete();
	}

	@Test
	void certificateIsValid36MonthsAndALeapDayEndsOn28February() {
		for (var expected : Map
			.of("2024-02-29", "2027-02-28", "2020-02-29", "2023-02-28", "2023-08-31", "2026-08-31", "2026-06-15",
					"2029-06-15")
			.entrySet()) {
			LocalDate certified = LocalDate.parse(expected.getKey());
			this.admin.post()
				.uri(PRODUCTS)
				.bodyValue(product("Mật ong " + marker(), "Cao Bằng", 3, certified))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.validUntil")
				.isEqualTo(expected.getValue());
		}
	}

	@Test
	void reportsEveryMissingRequiredFieldTogether() {
		String marker = marker();
		rejected(Map.of("commune", marker)).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("name", "province",
					"productGroup", "stars", "certifiedOn"));
		for (String field : List.of("name", "province", "productGroup", "stars", "certifiedOn")) {
			Map<String, Object> body = product("Chè " + marker, "Thái Nguyên", 3);
			body.remove(field);
			rejected(body).jsonPath("$.errors[*].field")
				.value(fields -> assertThat((List<Object>) fields).as(field).containsExactly(field));
		}
		rejected(product("   ", "Thái Nguyên", 3)).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("name"));
		assertThat(count(this.admin, marker)).isZero();
	}

	@Test
	void acceptsOnlyThreeToFiveStars() {
		String marker = marker();
		for (Object stars : List.of(0, 1, 2, 6, -4)) {
			rejected(TestData.with(product("Gạo " + marker, "An Giang", 3), "stars", stars))
				.jsonPath("$.errors[*].field")
				.value(fields -> assertThat((List<Object>) fields).as("stars %s", stars).containsExactly("stars"));
		}
		rejected(TestData.with(product("Gạo " + marker, "An Giang", 3), "stars", "four")).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("stars"));
		assertThat(count(this.admin, marker)).isZero();
		for (int stars = 3; stars <= 5; stars++) {
			create(this.admin, product("Gạo " + marker + " " + stars, "An Giang", stars));
		}
		assertThat(count(this.admin, marker)).isEqualTo(3);
	}

	@Test
	void refusesCertificationAfterToday() {
		String marker = marker();
		rejected(product("Cà phê " + marker, "Quảng Trị", 3, MutableClock.START.plusDays(1)))
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("certifiedOn"));
		assertThat(count(this.admin, marker)).isZero();
		create(this.admin, product("Cà phê " + marker, "Quảng Trị", 3, MutableClock.START));
		assertThat(count(this.admin, marker)).isEqualTo(1);
	}

	@Test
	void limitsTextLengthsAfterNfc() {
		String marker = marker();
		Map<String, Object> tooLong = product(marker + "x".repeat(200), "Lào Cai", 3);
		tooLong.put("producerName", "p".repeat(201));
		tooLong.put("commune", "c".repeat(201));
		tooLong.put("decisionNumber", "d".repeat(101));
		rejected(tooLong).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("name", "producerName",
					"commune", "decisionNumber"));
		String longest = (marker + " " + "ệ".repeat(200)).substring(0, 200);
		Map<String, Object> atLimit = product(Normalizer.normalize(longest, Normalizer.Form.NFD), "Lào Cai", 3);
		atLimit.put("producerName", "p".repeat(200));
		atLimit.put("commune", "c".repeat(200));
		atLimit.put("decisionNumber", "d".repeat(100));
		this.admin.post()
			.uri(PRODUCTS)
			.bodyValue(atLimit)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo(longest);
	}

	@Test
	void refusesUnknownProvinceHolderTitlesAndGroupTogether() {
		String marker = marker();
		String unknownTitle = UUID.randomUUID().toString();
		Map<String, Object> body = linkedTo(product("Yến sào " + marker, "Atlantis", 4), unknownTitle);
		body.put("holderId", UUID.randomUUID().toString());
		rejected(body).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("province", "holderId",
					"registrationIds"));
		rejected(TestData.with(product("Yến sào " + marker, "Khánh Hòa", 4), "productGroup", "FURNITURE"))
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("productGroup"));
		String holderId = TestData.holder(this.admin, "Công ty Yến sào " + marker, "Khánh Hòa");
		String title = (String) TestData.create(this.admin, TestData.markFiling(holderId, "Khánh Hòa")).get("id");
		Map<String, Object> partlyKnown = linkedTo(product("Yến sào " + marker, "Khánh Hòa", 4), title, unknownTitle);
		rejected(partlyKnown).jsonPath("$.errors[0].field")
			.isEqualTo("registrationIds")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).contains(unknownTitle).doesNotContain(title));
		assertThat(count(this.admin, marker)).isZero();
		Map<String, Object> valid = linkedTo(product("Yến sào " + marker, "Khánh Hòa", 4), title, title);
		valid.put("holderId", holderId);
		this.admin.post()
			.uri(PRODUCTS)
			.bodyValue(valid)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.holderId")
			.isEqualTo(holderId)
			.jsonPath("$.registrationIds")
			.value(ids -> assertThat((List<Object>) ids).containsExactly(title));
	}

	@Test
	void flagsFourAndFiveStarProductsWithoutAGrantedTitle() {
		String holderId = TestData.holder(this.admin, "Hợp tác xã Bưởi " + marker(), "Khánh Hòa");
		String filed = (String) TestData.create(this.admin, TestData.markFiling(holderId, "Khánh Hòa")).get("id");
		String granted = (String) TestData
			.create(this.admin, TestData.grantedMark(holderId, "Khánh Hòa", LocalDate.of(2020, 1, 10)))
			.get("id");
		String marker = marker();
		String unlinked = create(this.admin, withHolder(product("Bưởi " + marker + " a", "Khánh Hòa", 4), holderId));
		String onlyFiled = create(this.admin,
				withHolder(linkedTo(product("Bưởi " + marker + " b", "Khánh Hòa", 5), filed), holderId));
		String protectedOne = create(this.admin,
				withHolder(linkedTo(product("Bưởi " + marker + " c", "Khánh Hòa", 5), filed, granted), holderId));
		String threeStars = create(this.admin, product("Bưởi " + marker + " d", "Khánh Hòa", 3));
		assertThat(dataIssues(this.admin, unlinked)).containsExactly("registeredMark.missing");
		assertThat(dataIssues(this.admin, onlyFiled)).containsExactly("registeredMark.missing");
		assertThat(dataIssues(this.admin, protectedOne)).isEmpty();
		assertThat(dataIssues(this.admin, threeStars)).containsExactly("holderId.missing");
		OcopTestData.search(this.admin, marker)
			.jsonPath("$.items[*].id")
			.value(ids -> assertThat((List<Object>) ids).containsExactly(unlinked, onlyFiled, protectedOne, threeStars))
			.jsonPath("$.items[0].dataIssues[0]")
			.isEqualTo("registeredMark.missing")
			.jsonPath("$.items[1].dataIssues[0]")
			.isEqualTo("registeredMark.missing")
			.jsonPath("$.items[2].dataIssues")
			.isEmpty()
			.jsonPath("$.items[3].dataIssues[0]")
			.isEqualTo("holderId.missing");
		// The granted mark's term (filed 2020-01-10) ends in 2030; after its grace period
		// it no longer counts.
		this.clock.setToday(LocalDate.of(2030, 7, 11));
		assertThat(dataIssues(this.admin, protectedOne)).containsExactly("registeredMark.missing");
	}

	@Test
	void updateNeedsIfMatchAndRecordsAStarChangeAsUpdated() {
		String marker = marker();
		Map<String, Object> body = product("Sâm " + marker, "Quảng Nam", 4);
		String id = create(this.admin, body);
		Map<String, Object> changed = TestData.with(body, "stars", 5);
		changed.put("commune", "Trà Linh");
		this.admin.put()
			.uri(PRODUCTS + "/{id}", id)
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/precondition-required");
		OcopTestData.put(this.admin, id, "\"0\"", changed)
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.stars")
			.isEqualTo(5)
			.jsonPath("$.commune")
			.isEqualTo("Trà Linh")
			.jsonPath("$.province")
			.isEqualTo("Quảng Nam")
			.jsonPath("$.currentProvince")
			.isEqualTo("Đà Nẵng");
		OcopTestData.put(this.admin, id, "\"0\"", TestData.with(body, "stars", 3))
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/stale-version");
		OcopTestData.put(this.admin, id, "\"1\"", TestData.with(changed, "stars", 9))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("stars");
		OcopTestData.history(this.admin, id)
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].action")
			.isEqualTo("CREATED")
			.jsonPath("$[0].actor")
			.isEqualTo("admin")
			.jsonPath("$[0].changes.stars")
			.value(stars -> assertThat((List<Object>) stars).containsExactly(null, 4))
			.jsonPath("$[1].action")
			.isEqualTo("UPDATED")
			.jsonPath("$[1].at")
			.isNotEmpty()
			.jsonPath("$[1].changes.stars")
			.value(stars -> assertThat((List<Object>) stars).containsExactly(4, 5))
			.jsonPath("$[1].changes.commune")
			.value(commune -> assertThat((List<Object>) commune).containsExactly(null, "Trà Linh"))
			.jsonPath("$[1].changes.name")
			.doesNotExist();
	}

	@Test
	void recertificationRecordsNewStarsAndValidityInHistory() {
		String id = create(this.admin, product("Tỏi " + marker(), "Quảng Ngãi", 3, LocalDate.of(2023, 5, 4)));
		this.admin.post()
			.uri(PRODUCTS + "/{id}/recertify", id)
			.bodyValue(Map.of("stars", 4, "certifiedOn", "2026-05-04"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		OcopTestData.recertify(this.admin, id, "\"0\"", 4, LocalDate.of(2023, 5, 3))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("certifiedOn"));
		OcopTestData.recertify(this.admin, id, "\"0\"", 2, MutableClock.START.plusDays(1))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("stars", "certifiedOn"));
		OcopTestData.recertify(this.admin, id, "\"0\"", 4, LocalDate.of(2026, 5, 4))
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.stars")
			.isEqualTo(4)
			.jsonPath("$.decisionNumber")
			.isEqualTo("1234/QĐ-UBND")
			.jsonPath("$.certifiedOn")
			.isEqualTo("2026-05-04")
			.jsonPath("$.validUntil")
			.isEqualTo("2029-05-04")
			.jsonPath("$.dataIssues")
			.value(issues -> assertThat((List<Object>) issues).containsExactly("registeredMark.missing",
					"holderId.missing"));
		OcopTestData.recertify(this.admin, id, "\"0\"", 5, LocalDate.of(2026, 6, 1))
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		OcopTestData.history(this.admin, id)
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[1].action")
			.isEqualTo("RECERTIFIED")
			.jsonPath("$[1].changes.stars")
			.value(stars -> assertThat((List<Object>) stars).containsExactly(3, 4))
			.jsonPath("$[1].changes.certifiedOn")
			.value(dates -> assertThat((List<Object>) dates).containsExactly("2023-05-04", "2026-05-04"))
			.jsonPath("$[1].changes.decisionNumber")
			.value(numbers -> assertThat((List<Object>) numbers).containsExactly(null, "1234/QĐ-UBND"));
	}

	@Test
	void answers404ForAnUnknownProduct() {
		String unknown = UUID.randomUUID().toString();
		this.admin.get()
			.uri(PRODUCTS + "/{id}", unknown)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found")
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("sản phẩm OCOP", unknown));
		this.admin.get().uri(PRODUCTS + "/{id}/history", unknown).exchange().expectStatus().isNotFound();
		OcopTestData.put(this.admin, unknown, "\"0\"", product("Không có", "Huế", 3)).expectStatus().isNotFound();
		OcopTestData.recertify(this.admin, unknown, "\"0\"", 3, MutableClock.START).expectStatus().isNotFound();
	}

	@Test
	void answersInEnglishWhenAsked() {
		Map<String, Object> body = TestData.with(product("Rượu " + marker(), "Hà Nội", 3), "stars", 7);
		body.put("registrationIds", List.of("no-such-title"));
		this.admin.post()
			.uri(PRODUCTS)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid input")
			.jsonPath("$.errors[?(@.field == 'stars')].message")
			.isEqualTo("An OCOP rating is 3, 4 or 5 stars.")
			.jsonPath("$.errors[?(@.field == 'registrationIds')].message")
			.isEqualTo("There is no title with the id(s): no-such-title.");
		String unknown = UUID.randomUUID().toString();
		this.admin.get()
			.uri(PRODUCTS + "/{id}", unknown)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("There is no OCOP product with id " + unknown + ".");
	}

	@Test
	void aHolderWithProductsCannotBeDeleted() {
		String holderId = TestData.holder(this.admin, "Hợp tác xã Chè " + marker(), "Thái Nguyên");
		create(this.admin, withHolder(product("Chè Tân Cương " + marker(), "Thái Nguyên", 4), holderId));
		this.admin.delete()
			.uri("/api/v1/holders/{id}", holderId)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/holder-in-use");
	}

	// --- helpers

	/**
	 * Posts a product that must be refused as invalid input; answers the problem body.
	 */
	private WebTestClient.BodyContentSpec rejected(Map<String, Object> body) {
		return this.admin.post()
			.uri(PRODUCTS)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-input")
			.jsonPath("$.title")
			.isEqualTo("Dữ liệu không hợp lệ");
	}

}

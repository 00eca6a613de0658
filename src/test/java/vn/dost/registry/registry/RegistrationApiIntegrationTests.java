package vn.dost.registry.registry;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class RegistrationApiIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@LocalServerPort
	int port;

	WebTestClient admin;

	String holderId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hợp tác xã thử " + TestData.serial(), "Khánh Hòa");
	}

	@Test
	void createsFilingWithLocationEtagAndDerivedFields() {
		Map<String, Object> body = TestData.markFiling(this.holderId, "Ninh Thuận");
		var result = this.admin.post()
			.uri("/api/v1/registrations")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/v1/registrations/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.status")
			.isEqualTo("FILED")
			.jsonPath("$.province")
			.isEqualTo("Ninh Thuận")
			.jsonPath("$.currentProvince")
			.isEqualTo("Khánh Hòa")
			.jsonPath("$.expiryDate")
			.isEqualTo("2030-03-10")
			.jsonPath("$.holderName")
			.value(name -> assertThat((String) name).startsWith("Hợp tác xã thử"))
			.jsonPath("$.renewal")
			.doesNotExist()
			.jsonPath("$.createdAt")
			.exists()
			.jsonPath("$.dataIssues")
			.isEmpty()
			.returnResult();
		String location = result.getResponseHeaders().getLocation().toString();
		this.admin.get().uri(location).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"0\"");
	}

	@Test
	void storesEveryTextFieldInNfc() {
		String nfdName = Normalizer.normalize("Sầu riêng Khánh Sơn " + TestData.serial(), Normalizer.Form.NFD);
		String nfdArea = Normalizer.normalize("huyện Khánh Sơn", Normalizer.Form.NFD);
		Map<String, Object> body = TestData.with(TestData.with(
				TestData.markFiling(this.holderId, Normalizer.normalize("Khánh Hòa", Normalizer.Form.NFD)), "name",
				nfdName), "area", nfdArea);
		Map<String, Object> created = TestData.create(this.admin, body);
		String nfc = Normalizer.normalize(nfdName, Normalizer.Form.NFC);
		assertThat(nfdName).isNotEqualTo(nfc);
		assertThat(created.get("name")).isEqualTo(nfc);
		assertThat(created.get("area")).isEqualTo("huyện Khánh Sơn");
		assertThat(created.get("province")).isEqualTo("Khánh Hòa");
		Query stored = Query.query(Criteria.where("_id").is(created.get("id")));
		this.mongo.findOne(stored, Document.class, "registrations")
			.map(document -> document.get("facts", Document.class))
			.as(StepVerifier::create)
			.assertNext(facts -> {
				assertThat(facts.getString("name")).isEqualTo(nfc);
				assertThat(Normalizer.isNormalized(facts.getString("area"), Normalizer.Form.NFC)).isTrue();
			})
			.verifyComplete();
	}

	@Test
	void listsTitleFiledInFormerProvinceUnderTheCurrentOne() {
		Map<String, Object> body = TestData.markFiling(this.holderId, "Quảng Bình");
		Map<String, Object> created = TestData.create(this.admin, body);
		assertThat(created.get("currentProvince")).isEqualTo("Quảng Trị");
		assertThat(listIds("province=Quảng Trị")).contains((String) created.get("id"));
		assertThat(listIds("province=Quảng Bình")).contains((String) created.get("id"));
		assertThat(listIds("province=Khánh Hòa")).doesNotContain((String) created.get("id"));
	}

	@Test
	void rejectsUnknownProvince() {
		this.admin.post()
			.uri("/api/v1/registrations")
			.bodyValue(TestData.markFiling(this.holderId, "Atlantis"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("province");
		this.admin.get().uri("/api/v1/registrations?province=Atlantis").exchange().expectStatus().isBadRequest();
	}

	@Test
	void refusesDuplicateApplicationNumberOfSameTypeButNotOfAnotherType() {
		Map<String, Object> body = TestData.markFiling(this.holderId, "Khánh Hòa");
		TestData.create(this.admin, body);
		this.admin.post()
			.uri("/api/v1/registrations")
			.bodyValue(TestData.with(body, "name", "Tên khác"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/duplicate-number");
		TestData.create(this.admin, TestData.with(body, "type", "CERTIFICATION_MARK"));
	}

	@Test
	void acceptsExactlyOneOfConcurrentInsertsWithTheSameNumber() {
		Map<String, Object> body = TestData.markFiling(this.holderId, "Khánh Hòa");
		// Twelve requests in flight at once, sent without blocking any thread.
		WebClient client = WebClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
			.build();
		Flux.range(0, 12)
			.flatMap(i -> client.post()
				.uri("/api/v1/registrations")
				.bodyValue(TestData.with(body, "name", "Đồng thời " + i))
				.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
				.timeout(Duration.ofSeconds(60)), 12)
			.collectList()
			.as(StepVerifier::create)
			.assertNext(statuses -> {
				assertThat(statuses).hasSize(12);
				assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
				assertThat(statuses.stream().filter(status -> status == 409)).hasSize(11);
			})
			.verifyComplete();
		this.mongo
			.count(Query.query(Criteria.where("facts.applicationNumber").is(body.get("applicationNumber"))),
					"registrations")
			.as(StepVerifier::create)
			.expectNext(1L)
			.verifyComplete();
	}

	@Test
	void recordsGrantedTitleWithMissingFactsAsIncomplete() {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "COLLECTIVE_MARK", "name",
				"Nhãn hiệu cũ " + TestData.serial(), "product", "Gạo", "province", "Đồng Tháp", "status", "GRANTED"));
		Map<String, Object> created = TestData.create(this.admin, body);
		assertThat(created.get("status")).isEqualTo("GRANTED");
		assertThat(created.get("expiryDate")).isNull();
		@SuppressWarnings("unchecked")
		List<String> issues = (List<String>) created.get("dataIssues");
		assertThat(issues).contains("registrationNumber.missing", "filingDate.missing", "grantDate.missing",
				"holderId.missing", "niceClasses.missing", "productGroup.missing");
		assertThat(listIds("incomplete=true")).contains((String) created.get("id"));
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", created.get("id"))
			.exchange()
			.expectBody()
			.jsonPath("$[0].action")
			.isEqualTo("RECORDED")
			.jsonPath("$[0].actor")
			.isEqualTo("admin");
	}

	@Test
	void filtersByKindOfDataIssueWithItsFacet() {
		String word = "thieusot" + TestData.serial();
		Map<String, Object> noNumber = TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2012, 4, 2));
		noNumber.remove("registrationNumber");
		noNumber.put("name", "Không số " + word);
		Map<String, Object> oddNumber = TestData.with(
				TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2013, 4, 2)), "applicationNumber",
				"NH-" + TestData.serial());
		oddNumber.put("name", "Số lạ " + word);
		Map<String, Object> complete = TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2014, 4, 2));
		complete.put("name", "Đủ " + word);
		String missing = (String) TestData.create(this.admin, noNumber).get("id");
		String nonStandard = (String) TestData.create(this.admin, oddNumber).get("id");
		TestData.create(this.admin, complete);

		assertThat(listIds("q=" + word + "&dataIssue=registrationNumber.missing")).containsExactly(missing);
		assertThat(listIds("q=" + word + "&dataIssue=applicationNumber.nonStandard")).containsExactly(nonStandard);
		Map<String, Object> all = TestData.listing(this.admin, uri -> uri.queryParam("q", word));
		Map<String, Map<String, Object>> facets = (Map<String, Map<String, Object>>) all.get("facets");
		assertThat(facets.get("dataIssue")).containsExactlyInAnyOrderEntriesOf(
				Map.of("registrationNumber.missing", 1, "applicationNumber.nonStandard", 1));
		Map<String, Object> publicListing = TestData.listing(this.client, "/api/v1/public/registrations",
				uri -> uri.queryParam("q", word));
		assertThat((Map<String, Object>) publicListing.get("facets")).doesNotContainKey("dataIssue");

		this.admin.get()
			.uri("/api/v1/registrations?dataIssue=nameMissing")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("dataIssue");
	}

	@Test
	void requiresFilingFactsForANewApplication() {
		Map<String, Object> body = TestData.markFiling(null, "Khánh Hòa");
		body.remove("holderId");
		body.remove("filingDate");
		body.remove("niceClasses");
		this.admin.post()
			.uri("/api/v1/registrations")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("filingDate", "holderId",
					"niceClasses"));
	}

	@Test
	void updatesDescriptiveFieldsWithIfMatchAndRecordsTheChange() {
		Map<String, Object> created = TestData.create(this.admin, TestData.markFiling(this.holderId, "Khánh Hòa"));
		String id = (String) created.get("id");
		Map<String, Object> changed = TestData.with(TestData.markFiling(this.holderId, "Khánh Hòa"), "product",
				"Bưởi da xanh");
		changed.put("applicationNumber", created.get("applicationNumber"));
		changed.put("name", created.get("name"));
		changed.put("status", "GRANTED");
		this.admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.product")
			.isEqualTo("Bưởi da xanh")
			.jsonPath("$.status")
			.isEqualTo("FILED");
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectBody()
			.jsonPath("$[1].action")
			.isEqualTo("UPDATED")
			.jsonPath("$[1].changes.product[0]")
			.isEqualTo("Quả bưởi")
			.jsonPath("$[1].changes.product[1]")
			.isEqualTo("Bưởi da xanh");
	}

	@Test
	void answers428WithoutIfMatchAnd412WhenStale() {
		Map<String, Object> body = TestData.markFiling(this.holderId, "Khánh Hòa");
		String id = (String) TestData.create(this.admin, body).get("id");
		this.admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		this.admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(TestData.with(body, "area", "xã A"))
			.exchange()
			.expectStatus()
			.isOk();
		this.admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(TestData.with(body, "area", "xã B"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/stale-version");
		this.admin.get()
			.uri("/api/v1/registrations/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.area")
			.isEqualTo("xã A");
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.bodyValue(Map.of("action", "ACCEPT", "date", "2020-04-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		this.admin.delete()
			.uri("/api/v1/registrations/{id}", id)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
	}

	@Test
	void deletesOnlyAFiledRecord() {
		String filed = (String) TestData.create(this.admin, TestData.markFiling(this.holderId, "Khánh Hòa")).get("id");
		this.admin.delete()
			.uri("/api/v1/registrations/{id}", filed)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.admin.get().uri("/api/v1/registrations/{id}", filed).exchange().expectStatus().isNotFound();
		String granted = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2020, 1, 1)))
			.get("id");
		this.admin.delete()
			.uri("/api/v1/registrations/{id}", granted)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
		this.admin.get().uri("/api/v1/registrations/{id}", granted).exchange().expectStatus().isOk();
	}

	@Test
	void pagesAndFiltersTheList() {
		this.admin.get()
			.uri("/api/v1/registrations?type=GEOGRAPHICAL_INDICATION&status=GRANTED&page=1&size=5&sort=name")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(1)
			.jsonPath("$.size")
			.isEqualTo(5)
			.jsonPath("$.items.length()")
			.isEqualTo(5)
			.jsonPath("$.items[*].type")
			.value(types -> assertThat((List<Object>) types).containsOnly("GEOGRAPHICAL_INDICATION"))
			.jsonPath("$.totalItems")
			.value(total -> assertThat(((Number) total).intValue()).isGreaterThanOrEqualTo(61))
			.jsonPath("$.totalPages")
			.value(pages -> assertThat(((Number) pages).intValue()).isGreaterThanOrEqualTo(13));
		this.admin.get().uri("/api/v1/registrations?size=201").exchange().expectStatus().isBadRequest();
		this.admin.get().uri("/api/v1/registrations?page=-1").exchange().expectStatus().isBadRequest();
		this.admin.get()
			.uri("/api/v1/registrations?holderId={id}", this.holderId)
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	@Test
	void sortsByNameInVietnameseOrder() {
		String prefix = "Thứ tự " + TestData.serial() + " ";
		List<String> names = List.of("An", "Ăn", "Âm", "Ba", "Dừa", "Đu đủ", "Ơn", "Ưu");
		List<String> shuffled = new ArrayList<>(names);
		Collections.shuffle(shuffled, new Random(7));
		shuffled.forEach(name -> TestData.create(this.admin,
				TestData.with(TestData.markFiling(this.holderId, "Khánh Hòa"), "name", prefix + name)));
		List<String> listed = new ArrayList<>();
		this.admin.get()
			.uri(uri -> uri.path("/api/v1/registrations")
				.queryParam("q", prefix.strip())
				.queryParam("sort", "name")
				.queryParam("size", 50)
				.build())
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].name")
			.value(found -> ((List<?>) found).forEach(name -> listed.add(((String) name).substring(prefix.length()))));
		assertThat(listed).containsExactlyElementsOf(names);
	}

	@Test
	void findsWithoutDiacriticsAndTreatsHostileTextAsPlainText() {
		TestData.create(this.admin, TestData.with(TestData.markFiling(this.holderId, "Khánh Hòa"), "name",
				"Dừa xiêm Ninh Đa " + TestData.serial()));
		assertThat(listNames("q=dua xiem ninh da")).anyMatch(name -> name.startsWith("Dừa xiêm Ninh Đa"));
		assertThat(listNames("q=DỪA XIÊM")).anyMatch(name -> name.startsWith("Dừa xiêm Ninh Đa"));
		for (String hostile : List.of(".*", "(", "{\"$gt\":\"\"}", "$where", "AND OR NOT", "\\", "*")) {
			this.admin.get()
				.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", "{q}").build(hostile))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.totalItems")
				.isEqualTo(0);
		}
		this.admin.get()
			.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", "{q}").build("x".repeat(3000)))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private List<String> listIds(String query) {
		return list(query, "id");
	}

	private List<String> listNames(String query) {
		return list(query, "name");
	}

	private List<String> list(String query, String field) {
		List<String> values = new ArrayList<>();
		this.admin.get()
			.uri("/api/v1/registrations?size=200&" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*]." + field)
			.value(found -> ((List<?>) found).forEach(value -> values.add((String) value)));
		return values;
	}

}

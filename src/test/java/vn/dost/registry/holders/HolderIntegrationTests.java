package vn.dost.registry.holders;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
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

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.shared.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class HolderIntegrationTests {

	private static final String HOLDERS = "/api/v1/holders";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	WebTestClient admin;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
	}

	@Test
	void createsHolderWithLocationEtagNfcTextAndCanonicalProvince() {
		String nfcName = "Hợp tác xã Dệt Đặng Xá " + TestData.serial();
		String nfdName = Normalizer.normalize(nfcName, Normalizer.Form.NFD);
		assertThat(nfdName).isNotEqualTo(nfcName);
		Map<String, Object> body = holderBody(nfdName, "quang binh");
		body.put("address", Normalizer.normalize("thôn Đặng Xá, xã Nghĩa Trụ", Normalizer.Form.NFD));
		body.put("taxCode", "3100123456");
		body.put("representative", "Nguyễn Văn Ánh");
		body.put("phone", "0232 3 822 123");
		body.put("email", "htx.dangxa@example.vn");
		var result = this.admin.post()
			.uri(HOLDERS)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/holders/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.id")
			.isNotEmpty()
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.name")
			.isEqualTo(nfcName)
			.jsonPath("$.kind")
			.isEqualTo("COOPERATIVE")
			.jsonPath("$.address")
			.isEqualTo("thôn Đặng Xá, xã Nghĩa Trụ")
			.jsonPath("$.province")
			.isEqualTo("Quảng Bình")
			.jsonPath("$.currentProvince")
			.isEqualTo("Quảng Trị")
			.jsonPath("$.taxCode")
			.isEqualTo("3100123456")
			.jsonPath("$.email")
			.isEqualTo("htx.dangxa@example.vn")
			.jsonPath("$.createdAt")
			.isNotEmpty()
			.jsonPath("$.updatedAt")
			.isNotEmpty()
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
			.jsonPath("$.name")
			.isEqualTo(nfcName)
			.jsonPath("$.province")
			.isEqualTo("Quảng Bình")
			.jsonPath("$.currentProvince")
			.isEqualTo("Quảng Trị")
			.jsonPath("$.representative")
			.isEqualTo("Nguyễn Văn Ánh");
		this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "holders")
			.as(StepVerifier::create)
			.assertNext(stored -> {
				assertThat(stored.getString("name")).isEqualTo(nfcName);
				assertThat(Normalizer.isNormalized(stored.getString("address"), Normalizer.Form.NFC)).isTrue();
			})
			.verifyComplete();
	}

	@Test
	void rejectsMissingNameAndKindAndStoresNothing() {
		String marker = marker();
		Map<String, Object> noName = new LinkedHashMap<>(Map.of("kind", "ASSOCIATION", "address", marker));
		rejected(noName).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("name"));
		rejected(Map.of("name", "   ", "kind", "ASSOCIATION")).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("name"));
		rejected(Map.of("name", marker)).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("kind"));
		rejected(Map.of("address", marker)).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("name", "kind"));
		rejected(Map.of("name", marker, "kind", "FARMER")).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("kind"));
		assertThat(countHolders(marker)).isZero();
	}

	@Test
	void rejectsBadTaxCodeAndStoresNothing() {
		String marker = marker();
		for (String taxCode : List.of("12345", "31001234567", "310012345-1", "MST3100123456")) {
			Map<String, Object> body = holderBody(marker, "Khánh Hòa");
			body.put("taxCode", taxCode);
			rejected(body).jsonPath("$.errors[*].field")
				.value(fields -> assertThat((List<Object>) fields).as(taxCode).containsExactly("taxCode"));
		}
		assertThat(countHolders(marker)).isZero();
		Map<String, Object> branch = holderBody(marker, "Khánh Hòa");
		branch.put("taxCode", "4200123456-001");
		this.admin.post().uri(HOLDERS).bodyValue(branch).exchange().expectStatus().isCreated();
		assertThat(countHolders(marker)).isEqualTo(1);
	}

	@Test
	void reportsEveryInvalidFieldOfOneRequestTogether() {
		String marker = marker();
		Map<String, Object> body = holderBody(marker, "Atlantis");
		body.put("taxCode", "12345");
		body.put("email", "htx.example.vn");
		body.put("name", marker + " " + "x".repeat(201));
		rejected(body).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("name", "taxCode", "email",
					"province"));
		assertThat(countHolders(marker)).isZero();
	}

	@Test
	void rejectsBadEmailAndStoresNothing() {
		String marker = marker();
		for (String email : List.of("htx.example.vn", "htx@example", "htx@@example.vn", "htx @example.vn")) {
			Map<String, Object> body = holderBody(marker, "Khánh Hòa");
			body.put("email", email);
			rejected(body).jsonPath("$.errors[*].field")
				.value(fields -> assertThat((List<Object>) fields).as(email).containsExactly("email"));
		}
		assertThat(countHolders(marker)).isZero();
	}

	@Test
	void rejectsUnknownProvinceAndStoresNothing() {
		String marker = marker();
		rejected(holderBody(marker, "Atlantis")).jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("province"));
		assertThat(countHolders(marker)).isZero();
	}

	@Test
	void answers404ForUnknownHolder() {
		String unknown = UUID.randomUUID().toString();
		this.admin.get()
			.uri(HOLDERS + "/{id}", unknown)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
		this.admin.put()
			.uri(HOLDERS + "/{id}", unknown)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(holderBody("Không có " + TestData.serial(), "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.admin.delete()
			.uri(HOLDERS + "/{id}", unknown)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void listsPagedAndFindsWithoutDiacriticsOrCase() {
		String marker = marker();
		String first = create(holderBody("Hợp tác xã Nông sản " + marker + " Ân", "Khánh Hòa"));
		String second = create(holderBody("Hợp tác xã Nông sản " + marker + " Bình", "Khánh Hòa"));
		String folded = VietnameseText.fold(marker);
		this.admin.get()
			.uri(uri -> uri.path(HOLDERS)
				.queryParam("q", "{q}")
				.queryParam("page", 0)
				.queryParam("size", 1)
				.build("hop tac xa nong san " + folded))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(first)
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(1)
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.totalPages")
			.isEqualTo(2);
		this.admin.get()
			.uri(uri -> uri.path(HOLDERS)
				.queryParam("q", "{q}")
				.queryParam("page", 1)
				.queryParam("size", 1)
				.build("HỢP TÁC XÃ NÔNG SẢN " + marker.toUpperCase()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(second)
			.jsonPath("$.page")
			.isEqualTo(1)
			.jsonPath("$.totalItems")
			.isEqualTo(2);
		List<String> names = new ArrayList<>();
		this.admin.get()
			.uri(uri -> uri.path(HOLDERS).queryParam("q", "{q}").queryParam("size", 200).build("hop tac xa"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.value(total -> assertThat(((Number) total).intValue()).isGreaterThanOrEqualTo(2))
			.jsonPath("$.items[*].name")
			.value(found -> ((List<?>) found).forEach(name -> names.add((String) name)));
		assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(VietnameseText.fold(name)).contains("hop tac xa"));
		for (String hostile : List.of(".*", "(", "[", "\\", "{\"$gt\":\"\"}")) {
			this.admin.get()
				.uri(uri -> uri.path(HOLDERS).queryParam("q", "{q}").build(hostile))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.totalItems")
				.isEqualTo(0);
		}
		this.admin.get()
			.uri(HOLDERS + "?size=201")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
		this.admin.get()
			.uri(HOLDERS + "?page=-1")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page");
	}

	@Test
	void updatesWithIfMatchIncrementingEtagAndAnswers428Or412Otherwise() {
		String marker = marker();
		String id = create(holderBody("Hội Nông dân " + marker, "Khánh Hòa"));
		Map<String, Object> renamed = holderBody("Hội Nông dân " + marker + " mới", "Ninh Thuận");
		this.admin.put()
			.uri(HOLDERS + "/{id}", id)
			.bodyValue(renamed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/precondition-required");
		this.admin.put()
			.uri(HOLDERS + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(renamed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.name")
			.isEqualTo("Hội Nông dân " + marker + " mới")
			.jsonPath("$.province")
			.isEqualTo("Ninh Thuận")
			.jsonPath("$.currentProvince")
			.isEqualTo("Khánh Hòa");
		this.admin.put()
			.uri(HOLDERS + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(holderBody("Hội Nông dân " + marker + " ghi đè", "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/stale-version");
		this.admin.get()
			.uri(HOLDERS + "/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Hội Nông dân " + marker + " mới");
		this.admin.put()
			.uri(HOLDERS + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(holderBody("Hội Nông dân " + marker + " lần hai", "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");
	}

	@Test
	void renamingAHolderRenamesItInItsRegistrations() {
		String marker = marker();
		String holderId = create(holderBody("Hợp tác xã Bưởi " + marker, "Khánh Hòa"));
		String registrationId = (String) TestData.create(this.admin, TestData.markFiling(holderId, "Khánh Hòa"))
			.get("id");
		String newName = "Hợp tác xã Bưởi Da Xanh " + marker();
		this.admin.put()
			.uri(HOLDERS + "/{id}", holderId)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(holderBody(newName, "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isOk();
		this.admin.get()
			.uri("/api/v1/registrations/{id}", registrationId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.holderId")
			.isEqualTo(holderId)
			.jsonPath("$.holderName")
			.isEqualTo(newName);
		this.admin.get()
			.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", "{q}").build(VietnameseText.fold(newName)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(registrationId)
			.jsonPath("$.items[0].holderName")
			.isEqualTo(newName);
	}

	@Test
	void listsTheRegistrationsOfAHolder() {
		String holderId = create(holderBody("Hội Sản xuất " + marker(), "Khánh Hòa"));
		String otherId = create(holderBody("Hội Sản xuất khác " + marker(), "Khánh Hòa"));
		String first = (String) TestData.create(this.admin, TestData.markFiling(holderId, "Khánh Hòa")).get("id");
		String second = (String) TestData.create(this.admin, TestData.markFiling(holderId, "Ninh Thuận")).get("id");
		TestData.create(this.admin, TestData.markFiling(otherId, "Khánh Hòa"));
		this.admin.get()
			.uri(HOLDERS + "/{id}/registrations", holderId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.items[*].id")
			.value(ids -> assertThat((List<Object>) ids).containsExactlyInAnyOrder(first, second))
			.jsonPath("$.items[*].holderId")
			.value(ids -> assertThat((List<Object>) ids).containsOnly(holderId));
		String unused = create(holderBody("Hội chưa có văn bằng " + marker(), "Khánh Hòa"));
		this.admin.get()
			.uri(HOLDERS + "/{id}/registrations", unused)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0)
			.jsonPath("$.items")
			.isEmpty();
	}

	@Test
	void answers404ForRegistrationsOfUnknownHolder() {
		this.admin.get()
			.uri(HOLDERS + "/{id}/registrations", UUID.randomUUID().toString())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void refusesToDeleteAHolderThatStillHoldsARegistration() {
		String holderId = create(holderBody("Hội đang giữ " + marker(), "Khánh Hòa"));
		TestData.create(this.admin, TestData.markFiling(holderId, "Khánh Hòa"));
		this.admin.delete()
			.uri(HOLDERS + "/{id}", holderId)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/holder-in-use")
			.jsonPath("$.status")
			.isEqualTo(409);
		this.admin.get()
			.uri(HOLDERS + "/{id}", holderId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"");
	}

	@Test
	void deletesAnUnusedHolderOnlyWithCurrentIfMatch() {
		String holderId = create(holderBody("Hội nhập nhầm " + marker(), "Khánh Hòa"));
		this.admin.delete()
			.uri(HOLDERS + "/{id}", holderId)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		this.admin.delete()
			.uri(HOLDERS + "/{id}", holderId)
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		this.admin.get().uri(HOLDERS + "/{id}", holderId).exchange().expectStatus().isOk();
		this.admin.delete()
			.uri(HOLDERS + "/{id}", holderId)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectBody()
			.isEmpty();
		this.admin.get().uri(HOLDERS + "/{id}", holderId).exchange().expectStatus().isNotFound();
		this.admin.delete()
			.uri(HOLDERS + "/{id}", holderId)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void officerWritesHoldersOfTheirProvincesIncludingFormerOnesOnly() {
		WebTestClient officer = TestUsers.officer(this.client, "holders-officer-kh", "Khánh Hòa");
		officer.post()
			.uri(HOLDERS)
			.bodyValue(holderBody("Hợp tác xã Nho Ninh Thuận " + marker(), "Ninh Thuận"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.province")
			.isEqualTo("Ninh Thuận")
			.jsonPath("$.currentProvince")
			.isEqualTo("Khánh Hòa");
		String haNoi = marker();
		officer.post()
			.uri(HOLDERS)
			.bodyValue(holderBody("Hợp tác xã Hà Nội " + haNoi, "Hà Nội"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden");
		assertThat(countHolders(haNoi)).isZero();
		String foreign = create(holderBody("Hợp tác xã Hà Nội " + marker(), "Hà Nội"));
		officer.get().uri(HOLDERS + "/{id}", foreign).exchange().expectStatus().isOk();
		officer.put()
			.uri(HOLDERS + "/{id}", foreign)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(holderBody("Chiếm quyền " + marker(), "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isForbidden();
		officer.delete()
			.uri(HOLDERS + "/{id}", foreign)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isForbidden();
		String own = create(holderBody("Hợp tác xã Khánh Hòa " + marker(), "Khánh Hòa"));
		officer.put()
			.uri(HOLDERS + "/{id}", own)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(holderBody("Hợp tác xã chuyển đi " + marker(), "Hà Nội"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.admin.get()
			.uri(HOLDERS + "/{id}", foreign)
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.province")
			.isEqualTo("Hà Nội");
		this.admin.get()
			.uri(HOLDERS + "/{id}", own)
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.province")
			.isEqualTo("Khánh Hòa");
	}

	@Test
	void holderUserSeesOnlyItsOwnHolder() {
		String marker = marker();
		String own = create(holderBody("Hội Yến sào " + marker + " của mình", "Khánh Hòa"));
		String other = create(holderBody("Hội Yến sào " + marker + " khác", "Khánh Hòa"));
		TestData.create(this.admin, TestData.markFiling(own, "Khánh Hòa"));
		TestData.create(this.admin, TestData.markFiling(other, "Khánh Hòa"));
		WebTestClient user = TestUsers.holder(this.client, "holder-user-" + TestData.serial(), own);
		user.get()
			.uri(HOLDERS + "/{id}", own)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(own);
		user.get()
			.uri(HOLDERS + "/{id}", other)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden");
		user.get()
			.uri(HOLDERS + "?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(own);
		user.get()
			.uri(uri -> uri.path(HOLDERS).queryParam("q", "{q}").build("hoi yen sao " + VietnameseText.fold(marker)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(own);
		user.get()
			.uri(HOLDERS + "/{id}/registrations", own)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1);
		user.get().uri(HOLDERS + "/{id}/registrations", other).exchange().expectStatus().isForbidden();
		String attempt = marker();
		user.post()
			.uri(HOLDERS)
			.bodyValue(holderBody("Hội tự lập " + attempt, "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isForbidden();
		user.put()
			.uri(HOLDERS + "/{id}", other)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(holderBody("Hội bị đổi tên " + attempt, "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(countHolders(attempt)).isZero();
	}

	// --- helpers

	/** A word no other holder has, to find this test's holders by {@code q}. */
	private static String marker() {
		return "hq" + TestData.serial();
	}

	private static Map<String, Object> holderBody(String name, String province) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("kind", "COOPERATIVE");
		body.put("province", province);
		return body;
	}

	private String create(Map<String, Object> body) {
		return (String) TestData.created(this.admin, HOLDERS, body).get("id");
	}

	/** Posts a holder that must be refused as invalid input; answers the problem body. */
	private WebTestClient.BodyContentSpec rejected(Map<String, Object> body) {
		return this.admin.post()
			.uri(HOLDERS)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-input")
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.title")
			.isEqualTo("Dữ liệu không hợp lệ")
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	private long countHolders(String q) {
		Object total = this.admin.get()
			.uri(uri -> uri.path(HOLDERS).queryParam("q", "{q}").build(q))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("totalItems");
		return ((Number) total).longValue();
	}

}

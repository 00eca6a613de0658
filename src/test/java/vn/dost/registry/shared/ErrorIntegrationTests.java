package vn.dost.registry.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error status of the contract answers an RFC 9457 problem
 * ({@code application/problem+json} with {@code type}, {@code title}, {@code status},
 * {@code detail}) in the caller's language, never a 500, and a rejected write stores
 * nothing.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class ErrorIntegrationTests {

	private static final String REGISTRATIONS = "/api/v1/registrations";

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	String holderId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hợp tác xã lỗi " + TestData.serial(), "Khánh Hòa");
	}

	@Test
	void answers413ForABodyLargerThanTheServerReads() {
		String name = "Quá lớn " + TestData.serial();
		String body = "{\"type\":\"COLLECTIVE_MARK\",\"name\":\"" + name + "\",\"description\":\""
				+ "x".repeat(2_000_000) + "\"}";
		this.admin.post()
			.uri("/api/v1/registrations")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payload-too-large");
		this.admin.get()
			.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", "{q}").build(name))
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	@Test
	void answers400MalformedBodyForTruncatedJson() {
		String name = uniqueName();
		WebTestClient.BodyContentSpec body = postRaw(this.admin, "{\"name\":\"" + name + "\",\"type\":").expectStatus()
			.isBadRequest()
			.expectBody();
		problem(body, 400, "/problems/malformed-body");
		assertNothingStored(name);
	}

	@Test
	void answers400WithFieldForUnknownEnumValue() {
		Map<String, Object> filing = filing();
		WebTestClient.BodyContentSpec body = post(this.admin, TestData.with(filing, "type", "TRADEMARK")).expectStatus()
			.isBadRequest()
			.expectBody();
		problem(body, 400, "/problems/invalid-input").jsonPath("$.errors[0].field")
			.isEqualTo("type")
			.jsonPath("$.errors[0].message")
			.isNotEmpty();
		assertNothingStored((String) filing.get("name"));
	}

	@Test
	void answers400WithFieldForImpossibleOrWronglyWrittenDates() {
		for (String date : List.of("2023-02-30", "10/05/2020", "2020-5-10", "")) {
			Map<String, Object> filing = filing();
			WebTestClient.BodyContentSpec body = post(this.admin, TestData.with(filing, "filingDate", date))
				.expectStatus()
				.isBadRequest()
				.expectBody();
			problem(body, 400, "/problems/invalid-input").jsonPath("$.errors[*].field")
				.value(fields -> assertThat((List<Object>) fields).as(date).containsExactly("filingDate"));
			assertNothingStored((String) filing.get("name"));
		}
	}

	@Test
	void answers400ForNameOf201Characters() {
		String marker = uniqueName();
		String name = marker + " " + "x".repeat(200 - marker.length());
		assertThat(name).hasSize(201);
		WebTestClient.BodyContentSpec body = post(this.admin, TestData.with(filing(), "name", name)).expectStatus()
			.isBadRequest()
			.expectBody();
		problem(body, 400, "/problems/invalid-input").jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("name"))
			.jsonPath("$.errors[0].message")
			.isEqualTo("Tối đa 200 ký tự.");
		assertNothingStored(marker);
		TestData.create(this.admin, TestData.with(filing(), "name", name.substring(0, 200)));
		assertThat(count(marker)).isEqualTo(1);
	}

	@Test
	void answers400ForDescriptionOf10001Characters() {
		Map<String, Object> filing = filing();
		WebTestClient.BodyContentSpec body = post(this.admin, TestData.with(filing, "description", "m".repeat(10_001)))
			.expectStatus()
			.isBadRequest()
			.expectBody();
		problem(body, 400, "/problems/invalid-input").jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<Object>) fields).containsExactly("description"));
		assertNothingStored((String) filing.get("name"));
	}

	@Test
	void answers400ForNonIntegerNiceClasses() {
		for (Object classes : List.of(List.of("ba mươi"), List.of(30.5), "30", Map.of("class", 30), List.of(true))) {
			Map<String, Object> filing = filing();
			WebTestClient.BodyContentSpec body = post(this.admin, TestData.with(filing, "niceClasses", classes))
				.expectStatus()
				.isBadRequest()
				.expectBody();
			problem(body, 400, "/problems/invalid-input").jsonPath("$.errors[*].field")
				.value(fields -> assertThat((List<String>) fields).as(String.valueOf(classes))
					.singleElement()
					.asString()
					.startsWith("niceClasses"));
			assertNothingStored((String) filing.get("name"));
		}
	}

	@Test
	void answers401WithChallengeForAnonymousCaller() {
		WebTestClient.BodyContentSpec body = this.client.get()
			.uri(REGISTRATIONS)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\".+\"")
			.expectBody();
		problem(body, 401, "/problems/unauthenticated").jsonPath("$.title").isEqualTo("Chưa đăng nhập");
	}

	@Test
	void answers401ForWrongPasswordAndUnknownUser() {
		for (WebTestClient wrong : List.of(basic("admin", "not-the-password"),
				basic("nobody-" + TestData.serial(), TestUsers.PASSWORD))) {
			WebTestClient.BodyContentSpec body = wrong.get()
				.uri(REGISTRATIONS)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.exists(HttpHeaders.WWW_AUTHENTICATE)
				.expectBody();
			problem(body, 401, "/problems/unauthenticated");
		}
		Map<String, Object> filing = filing();
		post(basic("admin", "not-the-password"), filing).expectStatus().isUnauthorized();
		assertNothingStored((String) filing.get("name"));
	}

	@Test
	void answers401InEnglishWhenAsked() {
		this.client.get()
			.uri(REGISTRATIONS)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthenticated")
			.jsonPath("$.title")
			.isEqualTo("Authentication required")
			.jsonPath("$.detail")
			.isEqualTo("Sign in (HTTP Basic) with a valid account.");
	}

	@Test
	void answers403ForOfficerManagingUsers() {
		WebTestClient officer = TestUsers.officer(this.client, "errors-officer-kh", "Khánh Hòa");
		WebTestClient.BodyContentSpec body = officer.get()
			.uri("/api/v1/users")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody();
		problem(body, 403, "/problems/forbidden-path").jsonPath("$.title").isEqualTo("Không được phép");
		String username = "errors-made-" + TestData.serial();
		officer.post()
			.uri("/api/v1/users")
			.bodyValue(Map.of("username", username, "password", TestUsers.PASSWORD, "roles", List.of("ADMIN")))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.admin.get().uri("/api/v1/users/{username}", username).exchange().expectStatus().isNotFound();
	}

	@Test
	void answers403ForOfficerWritingOutsideTheirProvinces() {
		WebTestClient officer = TestUsers.officer(this.client, "errors-officer-kh", "Khánh Hòa");
		Map<String, Object> filing = TestData.markFiling(this.holderId, "Hà Nội");
		WebTestClient.BodyContentSpec body = post(officer, filing).expectStatus().isForbidden().expectBody();
		problem(body, 403, "/problems/forbidden").jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("không thuộc các tỉnh được giao"));
		assertNothingStored((String) filing.get("name"));
	}

	@Test
	void answers404ForUnknownRegistrationAndHolder() {
		String unknown = UUID.randomUUID().toString();
		WebTestClient.BodyContentSpec registration = this.admin.get()
			.uri(REGISTRATIONS + "/{id}", unknown)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody();
		problem(registration, 404, "/problems/not-found").jsonPath("$.title")
			.isEqualTo("Không tìm thấy")
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains(unknown));
		WebTestClient.BodyContentSpec holder = this.admin.get()
			.uri("/api/v1/holders/{id}", unknown)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody();
		problem(holder, 404, "/problems/not-found");
		this.admin.put()
			.uri(REGISTRATIONS + "/{id}", unknown)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(filing())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void answers404InTheCallersLanguageWithoutEnglishWordsInVietnamese() {
		String unknown = UUID.randomUUID().toString();
		this.admin.get()
			.uri(REGISTRATIONS + "/{id}", unknown)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Not found")
			.jsonPath("$.detail")
			.isEqualTo("There is no registration with id " + unknown + ".");
		this.admin.get()
			.uri("/api/v1/holders/{id}", unknown)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains(unknown).doesNotContain("holder"));
		this.admin.get()
			.uri(REGISTRATIONS + "/{id}", unknown)
			.exchange()
			.expectBody()
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).doesNotContain("registration"));
	}

	@Test
	void answers404ProblemForUnknownPath() {
		WebTestClient.BodyContentSpec body = this.admin.get()
			.uri("/api/v1/no-such-collection")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody();
		problem(body, 404, "/problems/no-such-path");
	}

	@Test
	void answers409ForDuplicateApplicationNumberAndStoresOnlyTheFirst() {
		Map<String, Object> first = filing();
		TestData.create(this.admin, first);
		String otherName = uniqueName();
		WebTestClient.BodyContentSpec body = post(this.admin, TestData.with(first, "name", otherName)).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody();
		problem(body, 409, "/problems/duplicate-number");
		assertNothingStored(otherName);
		assertThat(count((String) first.get("applicationNumber"))).isEqualTo(1);
	}

	@Test
	void answers428WithoutIfMatchAnd412ForStaleIfMatch() {
		Map<String, Object> filing = filing();
		String id = (String) TestData.create(this.admin, filing).get("id");
		WebTestClient.BodyContentSpec missing = this.admin.put()
			.uri(REGISTRATIONS + "/{id}", id)
			.bodyValue(TestData.with(filing, "area", "xã Thiếu"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectBody();
		problem(missing, 428, "/problems/precondition-required");
		this.admin.put()
			.uri(REGISTRATIONS + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(TestData.with(filing, "area", "xã Một"))
			.exchange()
			.expectStatus()
			.isOk();
		WebTestClient.BodyContentSpec stale = this.admin.put()
			.uri(REGISTRATIONS + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(TestData.with(filing, "area", "xã Cũ"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectBody();
		problem(stale, 412, "/problems/stale-version");
		this.admin.get()
			.uri(REGISTRATIONS + "/{id}", id)
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.area")
			.isEqualTo("xã Một");
	}

	@Test
	void answers415ForXmlBody() {
		String name = uniqueName();
		WebTestClient.BodyContentSpec body = this.admin.post()
			.uri(REGISTRATIONS)
			.contentType(MediaType.APPLICATION_XML)
			.bodyValue("<registration><type>COLLECTIVE_MARK</type><name>" + name + "</name></registration>")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody();
		problem(body, 415, "/problems/unsupported-media-type");
		assertNothingStored(name);
	}

	@Test
	void answers406ForXmlAccept() {
		String id = (String) TestData.create(this.admin, filing()).get("id");
		for (String uri : List.of(REGISTRATIONS + "/" + id, REGISTRATIONS, "/api/v1/holders/" + this.holderId)) {
			this.admin.get()
				.uri(uri)
				.accept(MediaType.APPLICATION_XML)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.NOT_ACCEPTABLE)
				.expectBody(String.class)
				.consumeWith(result -> {
					// The problem may be left out when the client accepts only XML; when
					// it is sent, it is JSON.
					if (result.getResponseBody() != null && !result.getResponseBody().isEmpty()) {
						assertThat(result.getResponseHeaders().getContentType())
							.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
						assertThat(result.getResponseBody()).contains("\"/problems/not-acceptable\"");
					}
				});
		}
	}

	@Test
	void answersProblemsInVietnameseByDefaultAndInEnglishWhenAsked() {
		Map<String, Object> tooLong = TestData.with(filing(), "name", "x".repeat(201));
		post(this.admin, tooLong).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Dữ liệu không hợp lệ")
			.jsonPath("$.detail")
			.isEqualTo("Một số trường không hợp lệ; không có gì được lưu.")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Tối đa 200 ký tự.");
		postIn("en", tooLong).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid input")
			.jsonPath("$.detail")
			.isEqualTo("Some fields are invalid; nothing was saved.")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("At most 200 characters.");
		postIn("en-GB,en;q=0.9", TestData.with(filing(), "type", "TRADEMARK")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid input")
			.jsonPath("$.errors[0].field")
			.isEqualTo("type")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).startsWith("Unreadable value"));
	}

	@Test
	void fallsBackToVietnameseForUnsupportedLanguage() {
		Map<String, Object> tooLong = TestData.with(filing(), "name", "x".repeat(201));
		postIn("fr", tooLong).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Dữ liệu không hợp lệ")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Tối đa 200 ký tự.");
		this.client.get()
			.uri(REGISTRATIONS)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Chưa đăng nhập");
	}

	@Test
	void answersEveryBadQueryParameterWithAProblemNamingIt() {
		for (String query : List.of("size=201", "page=-1", "size=abc", "type=TRADEMARK", "expiringBefore=2023-02-30",
				"sort=random")) {
			WebTestClient.BodyContentSpec body = this.admin.get()
				.uri(REGISTRATIONS + "?" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody();
			problem(body, 400, "/problems/invalid-input").jsonPath("$.errors[0].field")
				.isEqualTo(query.substring(0, query.indexOf('=')));
		}
	}

	// --- helpers

	private Map<String, Object> filing() {
		return TestData.with(TestData.markFiling(this.holderId, "Khánh Hòa"), "name", uniqueName());
	}

	/** A name no other test uses, findable by {@code q}. */
	private static String uniqueName() {
		return "Kiểm lỗi zq" + TestData.serial();
	}

	private WebTestClient.ResponseSpec post(WebTestClient as, Map<String, Object> body) {
		return as.post().uri(REGISTRATIONS).bodyValue(body).exchange();
	}

	private WebTestClient.ResponseSpec postIn(String language, Map<String, Object> body) {
		return this.admin.post()
			.uri(REGISTRATIONS)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec postRaw(WebTestClient as, String json) {
		return as.post().uri(REGISTRATIONS).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private WebTestClient basic(String username, String password) {
		return this.client.mutate().defaultHeaders(headers -> headers.setBasicAuth(username, password)).build();
	}

	/** Checks the problem shape and answers the body for further checks. */
	private static WebTestClient.BodyContentSpec problem(WebTestClient.BodyContentSpec body, int status, String type) {
		return body
			.consumeWith(result -> assertThat(result.getResponseHeaders().getContentType())
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON))
			.jsonPath("$.type")
			.isEqualTo(type)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	private void assertNothingStored(String name) {
		assertThat(count(name)).as("titles stored under %s", name).isZero();
	}

	private long count(String q) {
		Object total = this.admin.get()
			.uri(uri -> uri.path(REGISTRATIONS).queryParam("q", "{q}").build(q))
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

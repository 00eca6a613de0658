package vn.dost.registry.security;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class SecurityIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	WebTestClient admin;

	String holderId;

	@BeforeEach
	void setUp() {
		// The machine running the suite may be busy: a slow answer is not what these
		// tests are about.
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hợp tác xã bảo mật " + TestData.serial(), "Khánh Hòa");
	}

	// --- anonymous callers ---

	@Test
	void anonymousCallerGets401ProblemOnTheApi() {
		for (String path : List.of("/api/v1/registrations", "/api/v1/holders", "/api/v1/users")) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueMatches("WWW-Authenticate", "Basic.*")
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(401)
				.jsonPath("$.type")
				.isEqualTo("/problems/unauthenticated")
				.jsonPath("$.title")
				.exists()
				.jsonPath("$.detail")
				.exists();
		}
		this.client.post()
			.uri("/api/v1/registrations")
			.bodyValue(TestData.markFiling(this.holderId, "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusalsRefuseFramingToo() {
		WebTestClient officer = TestUsers.officer(this.client, "officer-framing", "Quảng Trị");
		List<WebTestClient.ResponseSpec> refusals = List.of(
				this.client.get().uri("/api/v1/registrations").exchange().expectStatus().isUnauthorized(),
				officer.get().uri("/api/v1/users").exchange().expectStatus().isForbidden(),
				officer.get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden());
		for (WebTestClient.ResponseSpec refusal : refusals) {
			refusal.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.valueEquals("Content-Security-Policy", "frame-ancestors 'none'");
		}
	}

	@Test
	void wrongPasswordOrUnknownUserIs401() {
		this.client.get()
			.uri("/api/v1/registrations")
			.headers(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD + "x"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri("/api/v1/registrations")
			.headers(headers -> headers.setBasicAuth("nobody-" + TestData.serial(), TestUsers.PASSWORD))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		String noColon = Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8));
		for (String malformed : List.of("Basic !!not-base64!!", "Basic " + noColon, "Basic", "Bearer abc")) {
			this.client.get()
				.uri("/api/v1/registrations")
				.header(HttpHeaders.AUTHORIZATION, malformed)
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
	}

	@Test
	void securityProblemsFollowAcceptLanguage() {
		this.client.get()
			.uri("/api/v1/holders")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Chưa đăng nhập");
		this.client.get()
			.uri("/api/v1/holders")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Authentication required");
		WebTestClient officer = TestUsers.officer(this.client, "sec-lang-" + TestData.serial(), "Quảng Trị");
		officer.get()
			.uri("/api/v1/users")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(403)
			.jsonPath("$.title")
			.isEqualTo("Forbidden")
			.jsonPath("$.detail")
			.exists();
	}

	@Test
	void acceptsAPasswordWithVietnameseLettersSentInUtf8() {
		String username = "sec-utf8-" + TestData.serial();
		String password = "Mật khẩu Đà Nẵng " + TestData.serial();
		Map<String, Object> body = user(username, "OFFICER", List.of("Quảng Trị"), null);
		body.put("password", password);
		this.admin.post().uri("/api/v1/users").bodyValue(body).exchange().expectStatus().isCreated();
		this.client.get()
			.uri("/api/v1/registrations")
			.headers(headers -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/api/v1/registrations")
			.headers(headers -> headers.setBasicAuth(username, password.replace("Mật khẩu Đà Nẵng", "Mat khau Da Nang"),
					StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void healthIsPublicAndUp() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void apiDescriptionIsPublicAndDescribesTheRegistrations() {
		// The description is built on the first request, which takes seconds on a busy
		// machine.
		this.client.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/registrations']")
			.exists();
	}

	@Test
	void prometheusIsForAdministratorsOnly() {
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		TestUsers.officer(this.client, "sec-prom-" + TestData.serial(), "Quảng Trị")
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		String metrics = this.admin.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("# HELP").contains("jvm_");
		assertThat(metrics).containsPattern("registry_index_titles(\\{[^}]*})? [1-9]")
			.contains("registry_index_memory_bytes");
	}

	@Test
	void publicApiNeedsNoLogin() {
		this.client.get()
			.uri("/api/v1/public/anything")
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).isNotEqualTo(401).isNotEqualTo(403));
	}

	// --- officers: read everything, write in their provinces ---

	@Test
	void officerWritesTitlesFiledInAFormerProvinceOfTheirProvince() {
		WebTestClient officer = TestUsers.officer(this.client, "sec-qt-" + TestData.serial(), "Quảng Trị");
		Map<String, Object> body = TestData.markFiling(this.holderId, "Quảng Bình");
		Map<String, Object> created = TestData.create(officer, body);
		String id = (String) created.get("id");
		assertThat(created.get("currentProvince")).isEqualTo("Quảng Trị");
		officer.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(TestData.with(body, "area", "huyện Lệ Thủy"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.area")
			.isEqualTo("huyện Lệ Thủy");
		officer.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"1\"")
			.bodyValue(Map.of("action", "ACCEPT", "date", "2020-04-01"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACCEPTED");
		officer.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].actor")
			.value(actor -> assertThat((String) actor).startsWith("sec-qt-"))
			.jsonPath("$[2].toStatus")
			.isEqualTo("ACCEPTED");
		String mistaken = (String) TestData.create(officer, TestData.markFiling(this.holderId, "Quảng Trị")).get("id");
		officer.delete()
			.uri("/api/v1/registrations/{id}", mistaken)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	@Test
	void officerCannotCreateATitleOutsideTheirProvinces() {
		WebTestClient officer = TestUsers.officer(this.client, "sec-qt-" + TestData.serial(), "Quảng Trị");
		Map<String, Object> body = TestData.markFiling(this.holderId, "Khánh Hòa");
		officer.post()
			.uri("/api/v1/registrations")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden");
		// Ninh Thuận is now part of Khánh Hòa: still outside a Quảng Trị officer's
		// provinces.
		officer.post()
			.uri("/api/v1/registrations")
			.bodyValue(TestData.markFiling(this.holderId, "Ninh Thuận"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.mongo
			.count(Query.query(Criteria.where("facts.applicationNumber").is(body.get("applicationNumber"))),
					"registrations")
			.as(StepVerifier::create)
			.expectNext(0L)
			.verifyComplete();
	}

	@Test
	void officerReadsButCannotChangeATitleOfAnotherProvince() {
		WebTestClient officer = TestUsers.officer(this.client, "sec-qt-" + TestData.serial(), "Quảng Trị");
		Map<String, Object> body = TestData.markFiling(this.holderId, "Khánh Hòa");
		String id = (String) TestData.create(this.admin, body).get("id");
		officer.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(TestData.with(body, "area", "xã bị sửa"))
			.exchange()
			.expectStatus()
			.isForbidden();
		officer.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "ACCEPT", "date", "2020-04-01"))
			.exchange()
			.expectStatus()
			.isForbidden();
		officer.delete()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isForbidden();
		officer.get()
			.uri("/api/v1/registrations/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("FILED")
			.jsonPath("$.area")
			.doesNotExist();
		officer.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
		assertThat(listIds(officer, "province=Khánh Hòa&size=200&sort=-grantDate")).isNotEmpty();
		assertThat(listIds(officer, "q=" + body.get("applicationNumber"))).containsExactly(id);
	}

	@Test
	void officerCannotMoveTheirTitleIntoAnotherProvince() {
		WebTestClient officer = TestUsers.officer(this.client, "sec-qt-" + TestData.serial(), "Quảng Trị");
		Map<String, Object> body = TestData.markFiling(this.holderId, "Quảng Trị");
		String id = (String) TestData.create(officer, body).get("id");
		officer.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(TestData.with(body, "province", "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.admin.get()
			.uri("/api/v1/registrations/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.province")
			.isEqualTo("Quảng Trị")
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	// --- holder users: only their own titles, read-only ---

	@Test
	void holderReadsOnlyItsOwnTitles() {
		String otherHolder = TestData.holder(this.admin, "Hiệp hội khác " + TestData.serial(), "Đồng Tháp");
		String own = (String) TestData.create(this.admin, TestData.markFiling(this.holderId, "Khánh Hòa")).get("id");
		String ownGranted = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Ninh Thuận", LocalDate.of(2019, 5, 2)))
			.get("id");
		String others = (String) TestData.create(this.admin, TestData.markFiling(otherHolder, "Tiền Giang")).get("id");
		WebTestClient holder = TestUsers.holder(this.client, "sec-holder-" + TestData.serial(), this.holderId);

		holder.get()
			.uri("/api/v1/registrations/{id}", own)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.holderId")
			.isEqualTo(this.holderId);
		holder.get().uri("/api/v1/registrations/{id}/history", own).exchange().expectStatus().isOk();

		List<String> holders = new ArrayList<>();
		holder.get()
			.uri("/api/v1/registrations?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.items[*].holderId")
			.value(found -> holders.addAll((List<String>) found));
		assertThat(holders).hasSize(2).containsOnly(this.holderId);
		assertThat(listIds(holder, "size=200")).containsExactlyInAnyOrder(own, ownGranted);
		assertThat(listIds(holder, "holderId=" + this.holderId)).containsExactlyInAnyOrder(own, ownGranted);
		holder.get().uri("/api/v1/registrations?holderId={other}", otherHolder).exchange().expectStatus().isForbidden();
		holder.get().uri("/api/v1/holders/{other}/registrations", otherHolder).exchange().expectStatus().isForbidden();
		holder.get()
			.uri("/api/v1/registrations/{id}", others)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden");
		holder.get().uri("/api/v1/registrations/{id}/history", others).exchange().expectStatus().isForbidden();
	}

	@Test
	void holderCannotCreateChangeOrActOnTitles() {
		Map<String, Object> body = TestData.markFiling(this.holderId, "Khánh Hòa");
		String own = (String) TestData.create(this.admin, body).get("id");
		WebTestClient holder = TestUsers.holder(this.client, "sec-holder-" + TestData.serial(), this.holderId);
		holder.post()
			.uri("/api/v1/registrations")
			.bodyValue(TestData.markFiling(this.holderId, "Khánh Hòa"))
			.exchange()
			.expectStatus()
			.isForbidden();
		holder.post()
			.uri("/api/v1/registrations/{id}/actions", own)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "WITHDRAW", "date", "2020-04-01"))
			.exchange()
			.expectStatus()
			.isForbidden();
		holder.put()
			.uri("/api/v1/registrations/{id}", own)
			.header("If-Match", "\"0\"")
			.bodyValue(TestData.with(body, "area", "xã bị sửa"))
			.exchange()
			.expectStatus()
			.isForbidden();
		holder.delete()
			.uri("/api/v1/registrations/{id}", own)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isForbidden();
		this.admin.get()
			.uri("/api/v1/registrations/{id}", own)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("FILED")
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	// --- user management ---

	@Test
	void officersNeedCurrentProvinces() {
		String username = "sec-user-" + TestData.serial();
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(user(username, "OFFICER", List.of("Quảng Bình"), null))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("provinces");
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(user(username, "OFFICER", List.of(), null))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("provinces");
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(user(username, "OFFICER", List.of(Normalizer.normalize("Khánh Hòa", Normalizer.Form.NFD)), null))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/users/" + username)
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(username)
			.jsonPath("$.roles[0]")
			.isEqualTo("OFFICER")
			.jsonPath("$.provinces[0]")
			.isEqualTo("Khánh Hòa");
	}

	@Test
	void holderUsersNeedAnExistingHolder() {
		String username = "sec-user-" + TestData.serial();
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(user(username, "HOLDER", null, null))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("holderId");
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(user(username, "HOLDER", null, "no-such-holder-" + TestData.serial()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("holderId");
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(user(username, "HOLDER", null, this.holderId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.holderId")
			.isEqualTo(this.holderId)
			.jsonPath("$.roles[0]")
			.isEqualTo("HOLDER");
	}

	@Test
	void refusesDuplicateUsernameAndShortPassword() {
		String username = "sec-user-" + TestData.serial();
		Map<String, Object> body = user(username, "OFFICER", List.of("Quảng Trị"), null);
		this.admin.post().uri("/api/v1/users").bodyValue(body).exchange().expectStatus().isCreated();
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(TestData.with(body, "provinces", List.of("Khánh Hòa")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/duplicate-user");
		this.admin.get()
			.uri("/api/v1/users/{username}", username)
			.exchange()
			.expectBody()
			.jsonPath("$.provinces[0]")
			.isEqualTo("Quảng Trị");
		String other = "sec-user-" + TestData.serial();
		this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(TestData.with(TestData.with(body, "username", other), "password", "short"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
		this.admin.get().uri("/api/v1/users/{username}", other).exchange().expectStatus().isNotFound();
	}

	@Test
	void aUserStoredBeforeUsersCouldBeDisabledReadsEnabledAndSignsIn() {
		String username = "stored-earlier-" + TestData.serial();
		Document earlier = new Document("_id", username).append("passwordHash", this.encoder.encode(TestUsers.PASSWORD))
			.append("roles", List.of("OFFICER"))
			.append("provinces", List.of("Quảng Trị"))
			.append("version", 0L)
			.append("_class", UserAccount.class.getName());
		this.mongo.insert(earlier, "users").as(StepVerifier::create).expectNextCount(1).verifyComplete();
		this.admin.get()
			.uri("/api/v1/users/{username}", username)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.disabled")
			.isEqualTo(false);
		TestUsers.as(this.client, username).get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
	}

	@Test
	void neverShowsThePasswordButStoresABcryptHash() {
		String username = "sec-user-" + TestData.serial();
		String created = this.admin.post()
			.uri("/api/v1/users")
			.bodyValue(user(username, "OFFICER", List.of("Quảng Trị"), null))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertNoSecret(created);
		assertNoSecret(this.admin.get()
			.uri("/api/v1/users/{username}", username)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertNoSecret(this.admin.get()
			.uri("/api/v1/users?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		this.mongo.findOne(Query.query(Criteria.where("_id").is(username)), Document.class, "users")
			.as(StepVerifier::create)
			.assertNext(stored -> {
				assertThat(stored.keySet()).doesNotContain("password");
				String hash = stored.getString("passwordHash");
				assertThat(hash).matches("\\$2[aby]\\$\\d\\d\\$.{53}").isNotEqualTo(TestUsers.PASSWORD);
				assertThat(this.encoder.matches(TestUsers.PASSWORD, hash)).isTrue();
			})
			.verifyComplete();
	}

	@Test
	void changesAUserWithIfMatchAndTheNewPasswordReplacesTheOld() {
		String username = "sec-user-" + TestData.serial();
		WebTestClient officer = TestUsers.officer(this.client, username, "Quảng Trị");
		officer.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		String newPassword = "new-password-" + TestData.serial();
		Map<String, Object> change = new LinkedHashMap<>(
				user(username, "OFFICER", List.of("Quảng Trị", "Khánh Hòa"), null));
		change.put("password", newPassword);
		this.admin.put()
			.uri("/api/v1/users/{username}", username)
			.bodyValue(change)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		officer.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		String updated = this.admin.put()
			.uri("/api/v1/users/{username}", username)
			.header("If-Match", "\"0\"")
			.bodyValue(change)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertNoSecret(updated);
		assertThat(updated).contains("Khánh Hòa");
		this.admin.put()
			.uri("/api/v1/users/{username}", username)
			.header("If-Match", "\"0\"")
			.bodyValue(change)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		officer.get().uri("/api/v1/registrations").exchange().expectStatus().isUnauthorized();
		WebTestClient renewed = this.client.mutate()
			.defaultHeaders(headers -> headers.setBasicAuth(username, newPassword))
			.build();
		renewed.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		// The new province applies at once.
		TestData.create(renewed, TestData.markFiling(this.holderId, "Ninh Thuận"));
	}

	@Test
	void changeWithoutPasswordKeepsTheOldOne() {
		String username = "sec-user-" + TestData.serial();
		WebTestClient officer = TestUsers.officer(this.client, username, "Quảng Trị");
		this.admin.put()
			.uri("/api/v1/users/{username}", username)
			.header("If-Match", "\"0\"")
			.bodyValue(user(username, "OFFICER", List.of("Khánh Hòa"), null))
			.exchange()
			.expectStatus()
			.isOk();
		officer.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		officer.post()
			.uri("/api/v1/registrations")
			.bodyValue(TestData.markFiling(this.holderId, "Quảng Bình"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void listsAndReadsUsers() {
		String username = "sec-user-" + TestData.serial();
		TestUsers.officer(this.client, username, "Quảng Trị");
		List<String> names = new ArrayList<>();
		this.admin.get()
			.uri("/api/v1/users?page=0&size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(200)
			.jsonPath("$.totalItems")
			.value(total -> assertThat(((Number) total).intValue()).isGreaterThanOrEqualTo(2))
			.jsonPath("$.totalPages")
			.isNumber()
			.jsonPath("$.items[*].username")
			.value(found -> names.addAll((List<String>) found));
		assertThat(names).contains("admin", username);
		this.admin.get()
			.uri("/api/v1/users?page=0&size=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.totalPages")
			.value(pages -> assertThat(((Number) pages).intValue()).isGreaterThanOrEqualTo(2));
		this.admin.get().uri("/api/v1/users?size=201").exchange().expectStatus().isBadRequest();
		this.admin.get()
			.uri("/api/v1/users/{username}", username)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(username)
			.jsonPath("$.provinces[0]")
			.isEqualTo("Quảng Trị")
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.createdAt")
			.exists();
		this.admin.get()
			.uri("/api/v1/users/{username}", "nobody-" + TestData.serial())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void onlyAdministratorsManageUsers() {
		String username = "sec-user-" + TestData.serial();
		WebTestClient officer = TestUsers.officer(this.client, username, "Quảng Trị");
		WebTestClient holder = TestUsers.holder(this.client, "sec-holder-" + TestData.serial(), this.holderId);
		Map<String, Object> selfPromotion = user(username, "ADMIN", List.of(), null);
		for (WebTestClient caller : List.of(officer, holder)) {
			caller.get().uri("/api/v1/users").exchange().expectStatus().isForbidden();
			caller.get().uri("/api/v1/users/{username}", username).exchange().expectStatus().isForbidden();
			caller.get().uri("/api/v1/users/admin").exchange().expectStatus().isForbidden();
			caller.post()
				.uri("/api/v1/users")
				.bodyValue(user("sec-user-" + TestData.serial(), "ADMIN", List.of(), null))
				.exchange()
				.expectStatus()
				.isForbidden();
			caller.put()
				.uri("/api/v1/users/{username}", username)
				.header("If-Match", "\"0\"")
				.bodyValue(selfPromotion)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.admin.get()
			.uri("/api/v1/users/{username}", username)
			.exchange()
			.expectBody()
			.jsonPath("$.roles.length()")
			.isEqualTo(1)
			.jsonPath("$.roles[0]")
			.isEqualTo("OFFICER")
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	// --- the first-start administrator ---

	@Test
	void firstStartCreatedExactlyOneAdminWithTheConfiguredPassword() {
		this.admin.get()
			.uri("/api/v1/users/admin")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles.length()")
			.isEqualTo(1)
			.jsonPath("$.roles[0]")
			.isEqualTo("ADMIN");
		this.mongo.find(Query.query(Criteria.where("_id").is("admin")), Document.class, "users")
			.collectList()
			.as(StepVerifier::create)
			.assertNext(admins -> {
				assertThat(admins).hasSize(1);
				String hash = admins.get(0).getString("passwordHash");
				assertThat(hash).startsWith("$2");
				assertThat(this.encoder.matches(TestUsers.ADMIN_PASSWORD, hash)).isTrue();
			})
			.verifyComplete();
	}

	private static Map<String, Object> user(String username, String role, List<String> provinces, String holderId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("password", TestUsers.PASSWORD);
		body.put("roles", List.of(role));
		if (provinces != null) {
			body.put("provinces", provinces);
		}
		if (holderId != null) {
			body.put("holderId", holderId);
		}
		return body;
	}

	private static void assertNoSecret(String json) {
		assertThat(json).isNotBlank()
			.doesNotContain("\"password\"")
			.doesNotContain("\"passwordHash\"")
			.doesNotContain("$2a$")
			.doesNotContain("$2b$")
			.doesNotContain("$2y$")
			.doesNotContain(TestUsers.PASSWORD);
	}

	private static List<String> listIds(WebTestClient caller, String query) {
		List<String> ids = new ArrayList<>();
		caller.get()
			.uri("/api/v1/registrations?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].id")
			.value(found -> ids.addAll((List<String>) found));
		return ids;
	}

}

package vn.dost.registry.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.shared.TimeConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as an administrator reads it: user changes with what they were before
 * and after, filters and pages, administrators only, and no way to change an entry.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class AuditIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	WebTestClient admin;

	@BeforeEach
	void setUp() {
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.admin = TestUsers.admin(this.client);
	}

	@Test
	void recordsEachKindOfUserChangeWithBeforeAndAfter() {
		String user = "audit-officer-" + TestData.serial();
		TestUsers.officer(this.client, user, "Quảng Trị");
		WebTestClient officer = TestUsers.as(this.client, user);
		officer.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		change(user, Map.of("password", "a-new-password-1", "roles", List.of("OFFICER"), "provinces",
				List.of("Quảng Trị", "Khánh Hòa"), "email", "can-bo@example.vn", "disabled", true));
		officer.get().uri("/api/v1/registrations").exchange().expectStatus().isUnauthorized();
		change(user,
				Map.of("roles", List.of("OFFICER", "ADMIN"), "provinces", List.of("Khánh Hòa"), "disabled", false));
		this.client.get()
			.uri("/api/v1/registrations")
			.headers(headers -> headers.setBasicAuth(user, "a-new-password-1"))
			.exchange()
			.expectStatus()
			.isOk();

		List<Map<String, Object>> entries = items(page("actor=admin&size=200"));
		List<Map<String, Object>> about = entries.stream().filter(entry -> user.equals(entry.get("target"))).toList();
		assertThat(about).extracting(entry -> entry.get("action"))
			.containsExactly("USER_CHANGED", "USER_ENABLED", "PROVINCES_CHANGED", "ROLES_CHANGED", "USER_CHANGED",
					"USER_DISABLED", "PASSWORD_RESET", "PROVINCES_CHANGED", "USER_CREATED");
		assertThat(about).allSatisfy(
				entry -> assertThat(entry).containsEntry("actor", "admin").containsKeys("id", "at", "clientAddress"));
		assertThat(about.get(0)).containsEntry("details", Map.of("email", Arrays.asList("can-bo@example.vn", null)));
		assertThat(about.get(2)).containsEntry("details",
				Map.of("provinces", List.of(List.of("Quảng Trị", "Khánh Hòa"), List.of("Khánh Hòa"))));
		assertThat(about.get(3)).containsEntry("details",
				Map.of("roles", List.of(List.of("OFFICER"), List.of("ADMIN", "OFFICER"))));
		assertThat(about.get(4)).containsEntry("details", Map.of("email", Arrays.asList(null, "can-bo@example.vn")));
		assertThat(about.get(8)).extractingByKey("details")
			.satisfies(details -> assertThat((Map<String, Object>) details).containsEntry("roles", List.of("OFFICER"))
				.containsEntry("provinces", List.of("Quảng Trị")));
		assertThat(about.toString()).doesNotContain("a-new-password-1").doesNotContain("$2a$");
	}

	@Test
	void filtersByActorActionAndPeriodAndPages() {
		String user = "audit-filter-" + TestData.serial();
		TestUsers.officer(this.client, user, "Quảng Trị");
		for (String wrong : List.of("wrong-password-1", "wrong-password-2", "wrong-password-3")) {
			this.client.get()
				.uri("/api/v1/registrations")
				.headers(headers -> headers.setBasicAuth(user, wrong))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
		Map<String, Object> first = page("actor=" + user + "&action=LOGIN_FAILED&size=2");
		assertThat(first).containsEntry("totalItems", 3).containsEntry("totalPages", 2).containsEntry("size", 2);
		assertThat(items(first)).hasSize(2);
		assertThat(items(page("actor=" + user + "&action=LOGIN_FAILED&size=2&page=1"))).hasSize(1);
		List<String> times = items(page("actor=" + user)).stream().map(entry -> (String) entry.get("at")).toList();
		assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());

		Instant now = this.clock.instant();
		LocalDate today = TimeConfiguration.today(this.clock);
		assertThat(page("actor=" + user + "&from=" + today + "&to=" + today)).containsEntry("totalItems", 3);
		assertThat(page("actor=" + user + "&to=" + today.minusDays(1))).containsEntry("totalItems", 0);
		assertThat(page("actor=" + user + "&from=" + now.plusSeconds(1))).containsEntry("totalItems", 0);
		assertThat(page("actor=" + user + "&from=" + now.minusSeconds(3600) + "&to=" + now.plusSeconds(1)))
			.containsEntry("totalItems", 3);
	}

	@Test
	void refusesUnreadableFiltersNamingTheParameter() {
		Map<String, String> fields = Map.of("action=NOT_AN_ACTION", "action", "from=yesterday", "from", "to=2026-13-01",
				"to", "from=2026-12-04&to=2026-12-01", "to", "size=201", "size");
		fields.forEach((query, field) -> this.admin.get()
			.uri("/api/v1/audit?" + query)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field));
	}

	@Test
	void onlyAdministratorsReadIt() {
		this.client.get().uri("/api/v1/audit").exchange().expectStatus().isUnauthorized();
		TestUsers.officer(this.client, "audit-reader", "Quảng Trị")
			.get()
			.uri("/api/v1/audit")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void offersNoWayToChangeOrDeleteAnEntry() {
		Map<String, Object> before = page("size=1");
		Map<String, Object> entry = items(before).get(0);
		String id = (String) entry.get("id");
		for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
			this.admin.method(method)
				.uri("/api/v1/audit")
				.header(HttpHeaders.CONTENT_TYPE, "application/json")
				.bodyValue(Map.of("action", "LOGOUT"))
				.exchange()
				.expectStatus()
				.isEqualTo(405);
			this.admin.method(method)
				.uri("/api/v1/audit/{id}", id)
				.header(HttpHeaders.CONTENT_TYPE, "application/json")
				.bodyValue(Map.of("action", "LOGOUT"))
				.exchange()
				.expectStatus()
				.isNotFound();
		}
		assertThat(items(page("size=200"))).contains(entry);
		Map<String, Object> docs = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> paths = (Map<String, Object>) docs.get("paths");
		assertThat(paths.keySet()).filteredOn(path -> path.startsWith("/api/v1/audit"))
			.containsExactly("/api/v1/audit");
		assertThat(((Map<String, Object>) paths.get("/api/v1/audit")).keySet()).containsExactly("get");
	}

	@Test
	void recordsARebuildOfTheSearchIndex() {
		this.admin.post().uri("/api/v1/admin/reindex").exchange().expectStatus().isOk();
		assertThat(items(page("action=REINDEXED&size=1"))).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("actor", "admin")
				.extractingByKey("details")
				.satisfies(details -> assertThat((Map<String, Object>) details).containsKeys("titles", "millis")));
	}

	private void change(String user, Map<String, Object> body) {
		String etag = this.admin.get()
			.uri("/api/v1/users/{user}", user)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getETag();
		Map<String, Object> full = new HashMap<>(body);
		full.putIfAbsent("roles", List.of("OFFICER"));
		this.admin.put()
			.uri("/api/v1/users/{user}", user)
			.header(HttpHeaders.IF_MATCH, etag)
			.bodyValue(full)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private Map<String, Object> page(String query) {
		return TestData.listing(this.admin, "/api/v1/audit", uri -> uri.query(query));
	}

	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

}

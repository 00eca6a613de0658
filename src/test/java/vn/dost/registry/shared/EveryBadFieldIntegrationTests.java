package vn.dost.registry.shared;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request with several bad fields hears of every one at once, as the API promises:
 * values that cannot be read (a word that is not one of the allowed ones, a date that is
 * no date) together with what the domain's checks find in the rest of it (a required
 * field left out, an unknown province or holder), for titles, lifecycle actions,
 * authorised users, holders, OCOP products and users. Nothing is written.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class EveryBadFieldIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void reportsEveryBadFieldOfATitle() {
		WebTestClient admin = TestUsers.admin(this.client);
		Map<String, Object> title = new LinkedHashMap<>();
		title.put("type", "GI");
		title.put("name", "");
		title.put("productGroup", "GOLD");
		title.put("niceClasses", List.of("ba mươi mốt"));
		title.put("province", "Atlantis");
		title.put("filingDate", "2020-13-45");
		title.put("holderId", "no-such-holder");
		title.put("public", "maybe");
		assertThat(fields(admin.post().uri("/api/v1/registrations"), title)).containsExactlyInAnyOrder("type",
				"productGroup", "niceClasses[0]", "filingDate", "public", "name", "product", "province", "holderId");

		String holder = TestData.holder(admin, "Hợp tác xã Kiểm tra " + TestData.serial(), "Quảng Trị");
		Map<String, Object> created = TestData.create(admin, TestData.markFiling(holder, "Quảng Trị"));
		Map<String, Object> changed = new LinkedHashMap<>(TestData.markFiling(holder, "Quảng Trị"));
		changed.put("grantDate", "mai");
		changed.put("name", "");
		changed.put("province", "Quảng Trj");
		assertThat(fields(admin.put().uri("/api/v1/registrations/{id}", created.get("id")).header("If-Match", "\"0\""),
				changed))
			.containsExactlyInAnyOrder("grantDate", "name", "province");
		// Only what the domain finds, also all at once, the holder included.
		Map<String, Object> plain = TestData.markFiling("no-such-holder", "Atlantis");
		plain.put("name", "");
		plain.put("filingDate", LocalDate.now().plusYears(1).toString());
		assertThat(fields(admin.post().uri("/api/v1/registrations"), plain)).containsExactlyInAnyOrder("name",
				"province", "filingDate", "holderId");
	}

	@Test
	void reportsEveryBadFieldOfALifecycleAction() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội Kiểm tra " + TestData.serial(), "Quảng Trị");
		String id = (String) TestData.create(admin, TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2018, 3, 1)))
			.get("id");
		assertThat(fields(action(admin, id), Map.of("action", "TERMINATE", "date", "2019-02-30")))
			.containsExactlyInAnyOrder("date", "reason");
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("product", "");
		changes.put("productGroup", "GOLD");
		changes.put("niceClasses", List.of(31, "x"));
		changes.put("province", "Atlantis");
		changes.put("registrationNumber", "1");
		assertThat(fields(action(admin, id), Map.of("action", "AMEND", "date", "2999-01-01", "changes", changes)))
			.containsExactlyInAnyOrder("date", "reference", "changes.registrationNumber", "changes.productGroup",
					"changes.niceClasses[1]", "changes.product", "changes.province");
		admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
	}

	@Test
	void reportsEveryBadFieldOfAnAuthorisedUserAHolderAndAnOcopProduct() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội Kiểm tra sản phẩm " + TestData.serial(), "Quảng Trị");
		String title = (String) TestData
			.create(admin, TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2018, 3, 1)))
			.get("id");
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("name", "");
		user.put("province", "Atlantis");
		user.put("grantedOn", "hôm qua");
		assertThat(fields(admin.post().uri("/api/v1/registrations/{id}/authorised-users", title), user))
			.containsExactlyInAnyOrder("grantedOn", "name", "province");

		Map<String, Object> organisation = new LinkedHashMap<>();
		organisation.put("name", "");
		organisation.put("kind", "CLUB");
		organisation.put("email", "không-phải-email");
		organisation.put("province", "Atlantis");
		assertThat(fields(admin.post().uri("/api/v1/holders"), organisation)).containsExactlyInAnyOrder("kind", "name",
				"email", "province");

		Map<String, Object> product = new LinkedHashMap<>();
		product.put("name", "");
		product.put("stars", "năm");
		product.put("productGroup", "GOLD");
		product.put("certifiedOn", "2024-02-30");
		product.put("province", "Atlantis");
		product.put("holderId", "no-such-holder");
		assertThat(fields(admin.post().uri("/api/v1/ocop-products"), product)).containsExactlyInAnyOrder("stars",
				"productGroup", "certifiedOn", "name", "province", "holderId");
	}

	@Test
	void reportsEveryBadFieldOfAUser() {
		WebTestClient admin = TestUsers.admin(this.client);
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", "A");
		user.put("password", "ngắn");
		user.put("roles", List.of("BOSS", "OFFICER"));
		user.put("provinces", List.of("Atlantis"));
		user.put("holderId", "no-such-holder");
		// Atlantis is no province, and an officer needs one: two problems of one field.
		assertThat(fields(admin.post().uri("/api/v1/users"), user)).containsOnly("roles[0]", "username", "password",
				"provinces", "holderId");
		// A field over its declared size limit, and what the domain finds besides.
		user.put("username", "a".repeat(80));
		user.put("roles", List.of("OFFICER"));
		assertThat(fields(admin.post().uri("/api/v1/users"), user)).contains("username", "password", "provinces",
				"holderId");
	}

	private static WebTestClient.RequestBodySpec action(WebTestClient admin, String id) {
		return admin.post().uri("/api/v1/registrations/{id}/actions", id).header("If-Match", "\"0\"");
	}

	/** The fields a 400 invalid-input problem names. */
	private static List<String> fields(WebTestClient.RequestBodySpec request, Map<String, Object> body) {
		Map<String, Object> problem = request.header("Accept-Language", "en")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("type")).isEqualTo("/problems/invalid-input");
		return ((List<Map<String, String>>) problem.get("errors")).stream().map(error -> error.get("field")).toList();
	}

}

package vn.dost.registry.provinces;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Province names as people type them, at every place the service reads one: filters of
 * the API, the public API and the portal, request bodies, users' provinces, the
 * provincial report, the dashboard and the deadlines. An unknown name stays a 400 that
 * suggests the nearest name. (Imports: {@code ImportDefaultsIntegrationTests}.)
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class ProvinceSpellingsIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void readsTypedSpellingsInRequestBodies() {
		WebTestClient admin = TestUsers.admin(this.client);
		Map<String, Object> holder = TestData.created(admin, "/api/v1/holders", Map.of("name",
				"Hợp tác xã Sâm Ngọc Linh " + TestData.serial(), "kind", "COOPERATIVE", "province", "Kontum"));
		assertThat(holder.get("province")).isEqualTo("Kon Tum");

		Map<String, Object> mark = TestData.grantedMark((String) holder.get("id"), "Bà Rịa-Vũng Tàu",
				LocalDate.of(2018, 5, 4));
		mark.put("additionalProvinces", List.of("Đắc Lắc", "tỉnh Đăk Nông"));
		Map<String, Object> title = TestData.create(admin, mark);
		assertThat(title.get("province")).isEqualTo("Bà Rịa - Vũng Tàu");
		assertThat(title.get("additionalProvinces")).isEqualTo(List.of("Đắk Lắk", "Đắk Nông"));
		assertThat(title.get("currentProvince")).isEqualTo("Hồ Chí Minh");

		Map<String, Object> user = new LinkedHashMap<>();
		user.put("name", "Hộ kinh doanh Trần Văn Bình");
		user.put("province", "TP HCM");
		user.put("grantedOn", "2021-04-01");
		Map<String, Object> added = TestData.created(admin,
				"/api/v1/registrations/" + title.get("id") + "/authorised-users", user);
		assertThat(added.get("province")).isEqualTo("Hồ Chí Minh");

		assertThat(
				TestData.created(admin, "/api/v1/ocop-products", product("Cà phê bột " + TestData.serial(), "Đăk Nông"))
					.get("province"))
			.isEqualTo("Đắk Nông");

		String username = "officer-spelling-" + TestData.serial();
		Map<String, Object> officer = TestData.created(admin, "/api/v1/users", Map.of("username", username, "password",
				TestUsers.PASSWORD, "roles", List.of("OFFICER"), "provinces", List.of("TP.HCM", "Huế")));
		assertThat(officer.get("provinces")).isEqualTo(List.of("Hồ Chí Minh", "Huế"));
	}

	@Test
	void filtersByTypedSpellingsAsByTheNameItself() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Hồ tiêu Châu Đức " + TestData.serial(), null);
		TestData.create(admin, TestData.markFiling(holder, "Bà Rịa - Vũng Tàu"));
		TestData.created(admin, "/api/v1/ocop-products", product("Tiêu Đắk Nông " + TestData.serial(), "Đắk Nông"));
		TestData.created(admin, "/api/v1/ocop-products",
				product("Cà phê Buôn Ma Thuột " + TestData.serial(), "Đắk Lắk"));
		assertThat(TestData.json(admin, "/api/v1/registrations?province=Bà Rịa - Vũng Tàu").get("totalItems"))
			.isNotEqualTo(0);
		assertThat(TestData.json(this.client, "/api/v1/public/registrations?province=Hồ Chí Minh").get("totalItems"))
			.isNotEqualTo(0);
		assertThat(TestData.json(admin, "/api/v1/deadlines?within=P2Y&province=Đắk Lắk").get("items")).asList()
			.isNotEmpty();
		for (String typed : List.of("Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "ba ria vung tau", "BR-VT")) {
			assertSameJson(admin, "/api/v1/registrations?province=Bà Rịa - Vũng Tàu",
					"/api/v1/registrations?province=" + typed);
		}
		assertSameJson(admin, "/api/v1/registrations?province=Thừa Thiên Huế",
				"/api/v1/registrations?province=Thừa Thiên-Huế");
		assertSameJson(this.client, "/api/v1/public/registrations?province=Hồ Chí Minh",
				"/api/v1/public/registrations?province=TP.HCM");
		assertSameJson(admin, "/api/v1/ocop-products?province=Đắk Nông", "/api/v1/ocop-products?province=Dak Nong");
		assertSameJson(admin, "/api/v1/stats?province=Hồ Chí Minh", "/api/v1/stats?province=Tp. Hồ Chí Minh");
		assertSameJson(admin, "/api/v1/deadlines?within=P2Y&province=Đắk Lắk",
				"/api/v1/deadlines?within=P2Y&province=Đắc Lắc");

		String portal = page(this.client, "/portal?province=Thừa Thiên-Huế", HttpStatus.OK);
		assertThat(portal).contains("Thừa Thiên Huế");
		admin.get()
			.uri("/api/v1/reports/summary.pdf?province=Thừa Thiên-Huế&signer=Lê Văn Tâm")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF);
	}

	@Test
	void answersAnUnknownNameWithTheNearestOne() {
		WebTestClient admin = TestUsers.admin(this.client);
		for (String uri : List.of("/api/v1/registrations?province=Quang Trj",
				"/api/v1/ocop-products?province=Quang Trj", "/api/v1/stats?province=Quang Trj",
				"/api/v1/deadlines?province=Quang Trj", "/api/v1/reports/summary.pdf?province=Quang Trj")) {
			admin.get()
				.uri(uri)
				.header("Accept-Language", "en")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("province")
				.jsonPath("$.errors[0].message")
				.isEqualTo("There is no province named \"Quang Trj\". Did you mean \"Quảng Trị\"?");
		}
		admin.post()
			.uri("/api/v1/holders")
			.bodyValue(
					Map.of("name", "Hội Làm vườn " + TestData.serial(), "kind", "ASSOCIATION", "province", "Atlantis"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("Không có tỉnh/thành phố nào tên \"Atlantis\" (trong 63 tỉnh cũ và 34 tỉnh từ 01/7/2025).");
		assertThat(page(this.client, "/portal?province=Quang Trj", HttpStatus.BAD_REQUEST))
			.contains("Không có tỉnh, thành phố nào tên “Quang Trj”. Có phải là “Quảng Trị”?");
	}

	/**
	 * A 4-star OCOP product certified in 2024 (its certificate runs out within five
	 * years).
	 */
	private static Map<String, Object> product(String name, String province) {
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("name", name);
		product.put("province", province);
		product.put("productGroup", "FOOD");
		product.put("stars", 4);
		product.put("certifiedOn", LocalDate.of(2024, 5, 2).toString());
		return product;
	}

	private static void assertSameJson(WebTestClient client, String canonical, String typed) {
		assertThat(TestData.json(client, typed)).as(typed).isEqualTo(TestData.json(client, canonical));
	}

	private static String page(WebTestClient client, String uri, HttpStatus status) {
		byte[] body = client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

}

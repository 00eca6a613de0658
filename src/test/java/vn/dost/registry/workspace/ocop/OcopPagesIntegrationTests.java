package vn.dost.registry.workspace.ocop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.ocop.OcopTestData;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCOP products' pages on the real server: filters by words, stars, province and
 * certificates running out; the 4★ product without a registered mark flagged; creating
 * with field-level messages, linking titles found by name, re-certifying, a stale edit;
 * and a cooperative reading only its own products.
 */
@RegistryIntegrationTest
class OcopPagesIntegrationTests {

	static final String PRODUCTS = "/api/v1/ocop-products";

	@Autowired
	WebTestClient client;

	@Test
	void filtersByWordsStarsProvinceAndCertificatesRunningOutAndFlagsAMissingMark() {
		WebTestClient admin = TestUsers.admin(this.client);
		String marker = "oqw" + TestData.serial();
		String holder = TestData.holder(admin, "Hợp tác xã Mật ong " + marker, "Quảng Trị");
		Map<String, Object> mark = TestData.create(admin,
				TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2018, 3, 1)));
		String unprotected = create(admin, product("Mật ong rừng " + marker, "Quảng Trị", 4, "2025-03-12"));
		String protectedOne = create(admin, with(product("Mật ong hoa cà phê " + marker, "Quảng Trị", 4, "2025-03-12"),
				"registrationIds", List.of(mark.get("id"))));
		String ending = create(admin, product("Mật ong bạc hà " + marker, "Huế", 3, "2023-07-01"));
		TestUsers.officer(this.client, "ws-ocop-list", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-ocop-list");

		Document all = html(officer.get("/app/ocop-products?q=" + marker));
		assertThat(names(all)).containsExactlyInAnyOrder("Mật ong rừng " + marker, "Mật ong hoa cà phê " + marker,
				"Mật ong bạc hà " + marker);
		assertThat(row(all, unprotected).select("[data-issue=registeredMark.missing]").text())
			.isEqualTo("Chưa có nhãn hiệu được bảo hộ");
		assertThat(row(all, protectedOne).select("[data-issue=registeredMark.missing]")).isEmpty();
		assertThat(row(all, ending).text()).contains("01/07/2026", "Sắp hết hạn");
		assertThat(row(all, unprotected).select(".stars").attr("aria-label")).isEqualTo("4 sao");

		assertThat(names(html(officer.get("/app/ocop-products?q=" + marker + "&stars=3"))))
			.containsExactly("Mật ong bạc hà " + marker);
		assertThat(names(html(officer.get("/app/ocop-products?q=" + marker + "&province=Huế"))))
			.containsExactly("Mật ong bạc hà " + marker);
		assertThat(names(html(officer.get("/app/ocop-products?q=" + marker + "&expiring=P1M"))))
			.containsExactly("Mật ong bạc hà " + marker);
		assertThat(names(html(officer.get("/app/ocop-products?q=mat ong rung " + marker))))
			.containsExactly("Mật ong rừng " + marker);
		assertThat(officer.get("/app/ocop-products?expiring=P5Y").status()).isEqualTo(400);

		Document page = html(officer.get("/app/ocop-products/" + unprotected));
		assertThat(page.select(".notice[data-issue=registeredMark.missing]").text())
			.contains("Chưa có nhãn hiệu được bảo hộ", "4 sao trở lên");
	}

	@Test
	void createsAProductWithFieldMessagesAndLinksATitleFoundByName() {
		WebTestClient admin = TestUsers.admin(this.client);
		String serial = "oqc" + TestData.serial();
		String holderName = "Hợp tác xã Nông sản " + serial;
		String holder = TestData.holder(admin, holderName, "Quảng Trị");
		Map<String, Object> body = TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2017, 8, 8));
		body.put("name", "Gạo hữu cơ Triệu Phong " + serial);
		Map<String, Object> mark = TestData.create(admin, body);
		TestUsers.officer(this.client, "ws-ocop-create", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-ocop-create");
		officer.get("/app/ocop-products/new");

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", "Gạo Triệu Phong " + serial);
		form.add("holderName", "Không có tổ chức này " + serial);
		form.add("province", "Quảng Trị");
		form.add("productGroup", "FOOD");
		form.add("stars", "4");
		form.add("certifiedOn", "2025-09-01");
		form.add("titleQuery", "gao huu co trieu phong " + serial);
		form.add("find", "1");
		Page found = officer.post("/app/ocop-products", form);
		assertThat(found.status()).isEqualTo(200);
		Document offered = html(found);
		assertThat(offered.select("#suggestions label").eachText()).containsExactly((String) mark.get("name"));
		assertThat(offered.select("#name").val()).isEqualTo("Gạo Triệu Phong " + serial);
		assertThat(html(officer.get("/app/ocop-products?q=" + serial)).select("#products")).isEmpty();

		form.remove("find");
		form.add("registrationIds", (String) mark.get("id"));
		Page unknownHolder = officer.post("/app/ocop-products", form);
		assertThat(unknownHolder.status()).isEqualTo(400);
		Document refused = html(unknownHolder);
		assertThat(refused.select("#holderName-error").text()).contains("Không có tổ chức nào tên");
		assertThat(refused.select("#linked input[checked]").val()).isEqualTo(mark.get("id"));

		form.set("holderName", holderName.toUpperCase());
		form.set("stars", "7");
		form.set("certifiedOn", "2030-01-01");
		Document invalid = html(officer.post("/app/ocop-products", form));
		assertThat(invalid.select("#stars-error").text()).isEqualTo("Số sao OCOP phải là 3, 4 hoặc 5.");
		assertThat(invalid.select("#certifiedOn-error").text()).isEqualTo("Ngày không được sau hôm nay.");

		form.set("stars", "4");
		form.set("certifiedOn", "2025-09-01");
		Page created = officer.post("/app/ocop-products", form);
		assertThat(created.status()).isEqualTo(303);
		Document page = html(officer.get(created.location()));
		assertThat(page.select("#saved")).hasSize(1);
		assertThat(page.select("#facts").text()).contains(holderName, "01/09/2025", "01/09/2028",
				(String) mark.get("name"));
		assertThat(page.select(".notice[data-issue]")).as("linked to a granted mark").isEmpty();
	}

	@Test
	void recertifiesAProductAndRefusesADateBeforeTheCurrentOne() {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = create(admin, product("Nấm linh chi " + TestData.serial(), "Quảng Trị", 3, "2024-02-10"));
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/ocop-products/" + id);

		Page early = browser.post("/app/ocop-products/" + id + "/recertify",
				Map.of("stars", "4", "certifiedOn", "2023-01-01", "decisionNumber", "12/QĐ-UBND", "version", "0"));
		assertThat(early.status()).isEqualTo(400);
		Document refused = html(early);
		assertThat(refused.select("#recertify #certifiedOn-error").text()).contains("không được trước");
		assertThat(refused.select("#recertify-decision").val()).isEqualTo("12/QĐ-UBND");

		Page done = browser.post("/app/ocop-products/" + id + "/recertify",
				Map.of("stars", "4", "certifiedOn", "2026-05-20", "decisionNumber", "12/QĐ-UBND", "version", "0"));
		assertThat(done.status()).isEqualTo(303);
		Document page = html(browser.get("/app/ocop-products/" + id));
		assertThat(page.select("#facts").text()).contains("20/05/2026", "20/05/2029", "12/QĐ-UBND");
		assertThat(page.select("#history li").first().text()).contains("Công nhận lại", "admin", "3 → 4");
	}

	@Test
	void staleEditShowsTheOtherChangeAndKeepsIt() {
		WebTestClient admin = TestUsers.admin(this.client);
		String name = "Trà rau má " + TestData.serial();
		Map<String, Object> body = product(name, "Quảng Trị", 3, "2025-01-15");
		String id = create(admin, body);
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/ocop-products/" + id);
		admin.put()
			.uri(PRODUCTS + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(with(body, "commune", "xã Gio Linh"))
			.exchange()
			.expectStatus()
			.isOk();

		Page stale = browser.post("/app/ocop-products/" + id,
				Map.of("name", name, "province", "Quảng Trị", "productGroup", "FOOD", "stars", "3", "certifiedOn",
						"2025-01-15", "commune", "xã Cam Lộ", "version", "0"));
		assertThat(stale.status()).isEqualTo(412);
		Document shown = html(stale);
		assertThat(shown.select("#commune").val()).isEqualTo("xã Cam Lộ");
		assertThat(shown.select("#commune-theirs").text()).contains("xã Gio Linh");
		assertThat(stored(admin, id).get("commune")).isEqualTo("xã Gio Linh");
	}

	@Test
	void cooperativeReadsOnlyItsOwnProductsAndCannotChangeThem() {
		WebTestClient admin = TestUsers.admin(this.client);
		String marker = "oqh" + TestData.serial();
		String own = TestData.holder(admin, "Hợp tác xã riêng " + marker, "Khánh Hòa");
		String others = TestData.holder(admin, "Hợp tác xã khác " + marker, "Khánh Hòa");
		String mine = create(admin, with(product("Yến sào " + marker, "Khánh Hòa", 4, "2025-04-01"), "holderId", own));
		String theirs = create(admin,
				with(product("Xoài Cam Lâm " + marker, "Khánh Hòa", 3, "2025-04-01"), "holderId", others));
		String username = "ws-ocop-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);

		Document list = html(cooperative.get("/app/ocop-products?q=" + marker));
		assertThat(names(list)).containsExactly("Yến sào " + marker);
		assertThat(list.select("#new-product")).isEmpty();
		Document page = html(cooperative.get("/app/ocop-products/" + mine));
		assertThat(page.select("#edit, #recertify")).isEmpty();
		assertThat(cooperative.get("/app/ocop-products/" + theirs).status()).isEqualTo(404);
		assertThat(cooperative.get("/app/ocop-products/new").status()).isEqualTo(403);
		assertThat(cooperative
			.post("/app/ocop-products/" + mine, Map.of("name", "Đổi tên", "province", "Khánh Hòa", "version", "0"))
			.status()).isEqualTo(403);
		assertThat(stored(admin, mine).get("name")).isEqualTo("Yến sào " + marker);
	}

	@Test
	void speaksEnglishWhenAsked() {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = create(admin, product("Tinh dầu tràm " + TestData.serial(), "Huế", 5, "2024-11-11"));
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page list = browser.get("/app/ocop-products?lang=en");
		assertThat(html(list).select("h1").text()).isEqualTo("OCOP products");
		String pages = list.body() + browser.get("/app/ocop-products/" + id).body()
				+ browser.get("/app/ocop-products/new").body();
		assertThat(pages).contains("No registered mark").doesNotContain("??");
	}

	private static List<String> names(Document page) {
		return page.select("#products tbody tr td:first-child a").eachText();
	}

	private static org.jsoup.nodes.Element row(Document page, String id) {
		return page.select("#products a[href=/app/ocop-products/" + id + "]").first().closest("tr");
	}

	static Map<String, Object> product(String name, String province, int stars, String certifiedOn) {
		return OcopTestData.product(name, province, stars, LocalDate.parse(certifiedOn));
	}

	static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		return TestData.with(body, field, value);
	}

	static String create(WebTestClient admin, Map<String, Object> body) {
		return OcopTestData.create(admin, body);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> stored(WebTestClient admin, String id) {
		return admin.get()
			.uri(PRODUCTS + "/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static Document html(Page page) {
		return Jsoup.parse(page.body());
	}

}

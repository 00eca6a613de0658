package vn.dost.registry.workspace.holders;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holders' pages on the real server: search without diacritics and paging, creating
 * with field-level messages, a stale edit shown beside the other's values and never
 * overwriting, deletion refused while titles are held, and who may see and change what.
 */
@RegistryIntegrationTest
class HolderPagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void searchesHoldersWithoutDiacriticsAndPagesThroughThem() {
		WebTestClient admin = TestUsers.admin(this.client);
		String name = "Hợp tác xã Bưởi Phúc Trạch " + TestData.serial();
		String id = TestData.holder(admin, name, "Quảng Trị");
		TestUsers.officer(this.client, "ws-holders-search", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-holders-search");

		Document found = html(officer.get("/app/holders?q=buoi phuc trach"));
		assertThat(found.select("#holders tbody tr a").eachText()).contains(name);
		assertThat(found.select("#holders a[href=/app/holders/" + id + "]")).hasSize(1);
		assertThat(found.select("#holders tbody tr").first().text()).contains("Hợp tác xã", "Quảng Trị");

		Document all = html(officer.get("/app/holders"));
		assertThat(all.select("#holders tbody tr")).hasSize(HolderPages.PAGE_SIZE);
		assertThat(all.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/app/holders?page=1");
		Document second = html(officer.get("/app/holders?page=1"));
		assertThat(second.select("#holders tbody tr").eachText())
			.doesNotContainAnyElementsOf(all.select("#holders tbody tr").eachText());
	}

	@Test
	void createsAHolderShowingEachFieldsProblemWithTheInputKept() {
		TestUsers.officer(this.client, "ws-holders-create", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-holders-create");
		officer.get("/app/holders/new");

		Page refused = officer.post("/app/holders", Map.of("name", "", "kind", "COOPERATIVE", "taxCode", "12ab",
				"email", "not-an-address", "representative", "Nguyễn Văn Hải", "province", "Quảng Trị"));
		assertThat(refused.status()).isEqualTo(400);
		Document form = html(refused);
		assertThat(form.select("#form-errors").text()).contains("Chưa lưu được");
		assertThat(form.select("#name-error").text()).isEqualTo("Trường này là bắt buộc.");
		assertThat(form.select("#taxCode-error").text()).startsWith("Mã số thuế gồm 10 chữ số");
		assertThat(form.select("#email-error").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
		assertThat(form.select("#taxCode").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#taxCode").attr("aria-describedby")).isEqualTo("taxCode-error");
		assertThat(form.select("#representative").val()).isEqualTo("Nguyễn Văn Hải");
		assertThat(form.select("#kind option[selected]").val()).isEqualTo("COOPERATIVE");
		assertThat(form.select("#province option[selected]").val()).isEqualTo("Quảng Trị");

		String name = "Hợp tác xã Tiêu Cùa " + TestData.serial();
		Page created = officer.post("/app/holders", Map.of("name", name, "kind", "COOPERATIVE", "taxCode", "3200123456",
				"province", "Quảng Trị", "address", "xã Cam Lộ"));
		assertThat(created.status()).isEqualTo(303);
		assertThat(created.location()).matches("/app/holders/[0-9a-f-]+\\?saved=1");
		Document page = html(officer.get(created.location()));
		assertThat(page.select("h1").text()).isEqualTo(name);
		assertThat(page.select("#saved").text()).isEqualTo("Đã lưu.");
		assertThat(page.select("#facts").text()).contains("3200123456", "xã Cam Lộ", "Hợp tác xã");
	}

	@Test
	void staleEditShowsTheOtherChangeBesideAndNeverOverwritesIt() {
		WebTestClient admin = TestUsers.admin(this.client);
		String name = "Hội Nước mắm Cửa Tùng " + TestData.serial();
		String id = TestData.holder(admin, name, "Quảng Trị");
		TestUsers.officer(this.client, "ws-holders-stale", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-holders-stale");
		Document opened = html(officer.get("/app/holders/" + id));
		assertThat(opened.select("#holder-form input[name=version]").val()).isEqualTo("0");

		admin.put()
			.uri("/api/v1/holders/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(Map.of("name", name, "kind", "ASSOCIATION", "representative", "Trần Thị Hoa", "province",
					"Quảng Trị"))
			.exchange()
			.expectStatus()
			.isOk();

		Map<String, String> mine = form(name, "Lê Văn Minh");
		Page stale = officer.post("/app/holders/" + id, mine);
		assertThat(stale.status()).isEqualTo(412);
		Document shown = html(stale);
		assertThat(shown.select("#stale").text()).contains("người khác đã lưu thay đổi");
		assertThat(shown.select("#representative").val()).isEqualTo("Lê Văn Minh");
		assertThat(shown.select("#representative-theirs").text()).contains("Trần Thị Hoa");
		assertThat(shown.select("#kind-theirs").text()).contains("Hiệp hội, hội");
		assertThat(shown.select("#name-theirs")).isEmpty();
		assertThat(shown.select("#holder-form input[name=version]").val()).isEqualTo("1");
		assertThat(stored(admin, id).get("representative")).as("their change kept").isEqualTo("Trần Thị Hoa");

		Map<String, String> again = new LinkedHashMap<>(mine);
		again.put("version", "1");
		assertThat(officer.post("/app/holders/" + id, again).status()).isEqualTo(303);
		assertThat(stored(admin, id).get("representative")).isEqualTo("Lê Văn Minh");
	}

	@Test
	void refusesToDeleteAHolderThatStillHoldsTitlesAndDeletesOneThatHoldsNone() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holding = TestData.holder(admin, "Hợp tác xã Gạo Hải Lăng " + TestData.serial(), "Quảng Trị");
		TestData.create(admin, TestData.grantedMark(holding, "Quảng Trị", LocalDate.of(2019, 4, 2)));
		String empty = TestData.holder(admin, "Hợp tác xã nhập nhầm " + TestData.serial(), "Quảng Trị");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");

		Document holder = html(browser.get("/app/holders/" + holding));
		assertThat(holder.select("#delete").text()).contains("đang giữ 1 văn bằng");
		Page refused = browser.post("/app/holders/" + holding + "/delete", Map.of("version", "0"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(html(refused).select("#delete [role=alert]").text()).contains("vẫn còn văn bằng");
		assertThat(browser.get("/app/holders/" + holding).status()).isEqualTo(200);

		browser.get("/app/holders/" + empty);
		Page deleted = browser.post("/app/holders/" + empty + "/delete", Map.of("version", "0"));
		assertThat(deleted.status()).isEqualTo(303);
		assertThat(deleted.location()).isEqualTo("/app/holders?deleted=1");
		assertThat(browser.get("/app/holders/" + empty).status()).isEqualTo(404);
	}

	@Test
	void showsTheHoldersTitlesAndProducts() {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = TestData.holder(admin, "Hợp tác xã Chè Vằng " + TestData.serial(), "Quảng Trị");
		Map<String, Object> title = TestData.create(admin,
				TestData.grantedMark(id, "Quảng Bình", LocalDate.of(2018, 5, 20)));
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Document page = html(browser.get("/app/holders/" + id));
		assertThat(page.select("#titles tbody tr")).hasSize(1);
		assertThat(page.select("#titles tbody tr").text()).contains((String) title.get("name"), "Nhãn hiệu tập thể",
				"Còn hiệu lực", (String) title.get("registrationNumber"), "Quảng Bình", "20/05/2028");
		assertThat(page.select("#titles a").attr("href")).isEqualTo("/app/registrations/" + title.get("id"));
	}

	@Test
	void cooperativeSeesOnlyItsOwnOrganisationAndCannotChangeIt() {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã của mình " + TestData.serial(), "Khánh Hòa");
		String other = TestData.holder(admin, "Hợp tác xã người khác " + TestData.serial(), "Khánh Hòa");
		String username = "ws-holders-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);

		Document list = html(cooperative.get("/app/holders"));
		assertThat(list.select("#holders tbody tr")).hasSize(1);
		assertThat(list.select("#new-holder")).isEmpty();
		Document page = html(cooperative.get("/app/holders/" + own));
		assertThat(page.select("#edit, #delete")).isEmpty();
		assertThat(cooperative.get("/app/holders/" + other).status()).isEqualTo(404);
		assertThat(cooperative.get("/app/holders/new").status()).isEqualTo(403);
		assertThat(cooperative.post("/app/holders/" + own, form("Đổi tên", null)).status()).isEqualTo(403);
		assertThat(cooperative.post("/app/holders/" + other, form("Đổi tên", null)).status()).isEqualTo(404);
	}

	@Test
	void officerOfAnotherProvinceReadsButCannotChangeAHolder() {
		WebTestClient admin = TestUsers.admin(this.client);
		String name = "Hội Sâm Ngọc Linh " + TestData.serial();
		String id = TestData.holder(admin, name, "Quảng Ngãi");
		TestUsers.officer(this.client, "ws-holders-hue", "Huế");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-holders-hue");
		Document page = html(officer.get("/app/holders/" + id));
		assertThat(page.select("h1").text()).isEqualTo(name);
		assertThat(page.select("#edit")).isEmpty();
		Page refused = officer.post("/app/holders/" + id, form(name, "Người khác"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(stored(admin, id).get("representative")).isNull();
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefusedAndNothingIsCreated() {
		TestUsers.officer(this.client, "ws-holders-csrf", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-holders-csrf");
		officer.get("/app/holders/new");
		String name = "Không có mã " + TestData.serial();
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("kind", "COOPERATIVE");
		Page refused = officer.postExactly("/app/holders", form);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Biểu mẫu đã hết hạn");
		assertThat(html(officer.get("/app/holders?q=" + name)).select("#holders")).isEmpty();
	}

	@Test
	void speaksEnglishWhenAsked() {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = TestData.holder(admin, "Hợp tác xã English " + TestData.serial(), "Quảng Trị");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page list = browser.get("/app/holders?lang=en");
		assertThat(html(list).select("h1").text()).isEqualTo("Holders");
		Page page = browser.get("/app/holders/" + id);
		assertThat(html(page).select("#edit-heading").text()).isEqualTo("Edit the organisation");
		assertThat(list.body() + page.body() + browser.get("/app/holders/new").body()).doesNotContain("??");
	}

	private static Map<String, String> form(String name, String representative) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("kind", "COOPERATIVE");
		form.put("province", "Quảng Trị");
		if (representative != null) {
			form.put("representative", representative);
		}
		form.put("version", "0");
		return form;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> stored(WebTestClient admin, String id) {
		return admin.get()
			.uri("/api/v1/holders/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	static Document html(Page page) {
		return Jsoup.parse(page.body());
	}

}

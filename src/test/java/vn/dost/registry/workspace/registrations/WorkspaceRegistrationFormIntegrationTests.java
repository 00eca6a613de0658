package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The title's forms ({@code /app/registrations/new}, {@code …/{id}/edit}) on the real
 * server: an application filed, an existing title recorded with its decision, every bad
 * field's message at once with the input kept, a duplicate number on its field, an edit
 * kept in the history, a stale edit shown beside the others' change and never written,
 * and forms refused without the CSRF token or outside the user's rights.
 */
@RegistryIntegrationTest
class WorkspaceRegistrationFormIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void filesAnApplicationWithEveryFieldAsTheApiHasIt() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = WorkspaceRegistrationsIntegrationTests.uniqueWord();
		String holder = TestData.holder(admin, "Hợp tác xã gạo " + word, "Quảng Trị");
		TestUsers.officer(this.client, "ws-form-qt", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-form-qt");
		assertThat(officer.get("/app/registrations/new").body()).contains("<label for=\"name\">",
				"aria-describedby=\"name-help\"", "<option value=\"" + holder + "\"");

		Map<String, String> form = new HashMap<>();
		form.put("type", "COLLECTIVE_MARK");
		form.put("status", "FILED");
		form.put("name", "Gạo Hải Lăng " + word);
		form.put("aliases", "Gạo HL " + word + "\r\n\r\nGạo sạch Hải Lăng");
		form.put("product", "Gạo");
		form.put("productGroup", "FOOD");
		form.put("niceClasses", "30, 31");
		form.put("province", "Quảng Trị");
		form.put("area", "xã Hải Lăng");
		form.put("applicationNumber", "4-2025-" + TestData.serial());
		form.put("filingDate", "03/11/2025");
		form.put("holderId", holder);
		form.put("description", "Gạo trồng trên đất phù sa.");
		Page saved = officer.post("/app/registrations/new", form);
		assertThat(saved.status()).as(saved.body()).isEqualTo(303);
		assertThat(saved.location()).matches("/app/registrations/[^/?]+\\?done=CREATED");
		String id = saved.location().replaceAll(".*/registrations/([^?]+)\\?.*", "$1");

		Map<String, Object> stored = TitlePages.stored(admin, id);
		assertThat(stored).containsEntry("status", "FILED")
			.containsEntry("name", "Gạo Hải Lăng " + word)
			.containsEntry("aliases", List.of("Gạo HL " + word, "Gạo sạch Hải Lăng"))
			.containsEntry("niceClasses", List.of(30, 31))
			.containsEntry("filingDate", "2025-11-03")
			.containsEntry("holderId", holder)
			.containsEntry("productGroup", "FOOD")
			.containsEntry("public", false);
		Page record = officer.get(saved.location());
		assertThat(record.body()).contains("id=\"done\"", "Đã ghi: Nộp đơn.", "Gạo sạch Hải Lăng", "03/11/2025");
	}

	@Test
	void recordsAnExistingGeographicalIndicationWithItsGrantDecision() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = WorkspaceRegistrationsIntegrationTests.uniqueWord();
		String holder = TestData.holder(admin, "Sở Khoa học và Công nghệ " + word, "Tuyên Quang");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/new");
		String number = String.valueOf(TestData.serial());
		Map<String, String> form = new HashMap<>();
		form.put("type", "GEOGRAPHICAL_INDICATION");
		form.put("status", "GRANTED");
		form.put("name", "Mật ong bạc hà " + word);
		form.put("sign", "Mèo Vạc");
		form.put("product", "Mật ong");
		form.put("productGroup", "FOOD");
		form.put("province", "Hà Giang");
		form.put("applicationNumber", "6-2014-" + number);
		form.put("filingDate", "2014-02-10");
		form.put("registrationNumber", number);
		form.put("grantDate", "2016-05-20");
		form.put("grantDecision", "1234/QĐ-SHTT");
		form.put("holderId", holder);
		form.put("public", "true");
		Page saved = browser.post("/app/registrations/new", form);
		assertThat(saved.status()).as(saved.body()).isEqualTo(303);
		assertThat(saved.location()).endsWith("?done=RECORDED");

		String id = saved.location().replaceAll(".*/registrations/([^?]+)\\?.*", "$1");
		assertThat(TitlePages.stored(admin, id)).containsEntry("status", "GRANTED")
			.containsEntry("currentProvince", "Tuyên Quang")
			.containsEntry("grantDecision", "1234/QĐ-SHTT")
			.containsEntry("registrationNumber", number)
			.containsEntry("public", true)
			.containsEntry("dataIssues", List.of());
		assertThat(TitlePages.history(admin, id)).extracting(entry -> entry.get("action")).containsExactly("RECORDED");
		String page = TitlePages.text(browser.get(saved.location()).body());
		assertThat(page).contains("Đã ghi: Đưa vào cơ sở dữ liệu.", "Chỉ dẫn địa lý · Còn hiệu lực",
				"Số quyết định cấp 1234/QĐ-SHTT", "Ngày cấp 20/05/2016", "Chỉ dẫn địa lý được bảo hộ vô thời hạn");
	}

	@Test
	void showsEveryBadFieldAtOnceKeepsTheInputAndWritesNothing() {
		WebTestClient admin = TestUsers.admin(this.client);
		long before = total(admin);
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/new");
		Map<String, String> form = new HashMap<>();
		form.put("type", "COLLECTIVE_MARK");
		form.put("status", "FILED");
		form.put("niceClasses", "ba mươi");
		form.put("province", "Atlantis");
		form.put("filingDate", "31/02/2025");
		form.put("grantDate", "2099-01-01");
		form.put("sign", "Dấu hiệu giữ nguyên");
		Page refused = browser.post("/app/registrations/new", form);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"form-errors\"", "role=\"alert\"");
		for (String field : List.of("name", "product", "niceClasses", "province", "filingDate", "grantDate",
				"holderId")) {
			assertThat(refused.body()).as(field)
				.containsPattern("id=\"" + field + "\"[^>]*aria-describedby=\"[^\"]*" + field
						+ "-error\"[^>]*aria-invalid=\"true\"")
				.contains("id=\"" + field + "-error\"");
		}
		assertThat(TitlePages.text(TitlePages.part(refused.body(), "filingDate-error")))
			.startsWith("Không phải một ngày");
		assertThat(TitlePages.text(TitlePages.part(refused.body(), "grantDate-error")))
			.startsWith("Ngày không được sau hôm nay.");
		assertThat(refused.body()).contains("value=\"Atlantis\"", "value=\"ba mươi\"", "value=\"31/02/2025\"",
				"value=\"Dấu hiệu giữ nguyên\"");
		assertThat(total(admin)).isEqualTo(before);
	}

	@Test
	void duplicateNumberIsShownBesideItsField() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội trùng số " + TestData.serial(), "Huế");
		Map<String, Object> existing = TestData.create(admin, TestData.markFiling(holder, "Huế"));
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/new");
		Map<String, String> form = new HashMap<>();
		form.put("type", "COLLECTIVE_MARK");
		form.put("name", "Nón lá trùng số");
		form.put("product", "Nón lá");
		form.put("niceClasses", "25");
		form.put("province", "Huế");
		form.put("applicationNumber", (String) existing.get("applicationNumber"));
		form.put("filingDate", "2024-01-02");
		form.put("holderId", holder);
		Page refused = browser.post("/app/registrations/new", form);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(TitlePages.text(TitlePages.part(refused.body(), "applicationNumber-error")))
			.startsWith("Đã có một văn bằng cùng loại mang số này.");
	}

	@Test
	void editSavesTheFactsAndTheHistoryShowsOldAndNew() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội bưởi " + TestData.serial(), "Huế");
		Map<String, Object> body = TestData.markFiling(holder, "Huế");
		Map<String, Object> created = TestData.create(admin, body);
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page edit = browser.get("/app/registrations/" + created.get("id") + "/edit");
		assertThat(edit.body())
			.contains("name=\"version\" value=\"0\"", "name=\"seen\" value=\"1\"", "value=\"" + body.get("name") + "\"",
					"Loại văn bằng không đổi được")
			.doesNotContain("name=\"type\"");

		Map<String, String> form = formOf(body);
		form.put("product", "Bưởi da xanh");
		form.put("version", "0");
		form.put("seen", "1");
		Page saved = browser.post("/app/registrations/" + created.get("id") + "/edit", form);
		assertThat(saved.status()).as(saved.body()).isEqualTo(303);
		assertThat(saved.location()).endsWith("?done=UPDATED");
		assertThat(TitlePages.stored(admin, created.get("id"))).containsEntry("product", "Bưởi da xanh");
		List<Map<String, Object>> history = TitlePages.history(admin, created.get("id"));
		assertThat(history.get(history.size() - 1)).containsEntry("action", "UPDATED")
			.containsEntry("changes", Map.of("product", List.of("Quả bưởi", "Bưởi da xanh")));
		String timeline = TitlePages.text(TitlePages.part(browser.get(saved.location()).body(), "timeline"));
		assertThat(timeline)
			.startsWith("15/06/2026 Sửa thông tin Sản phẩm, hàng hóa: Quả bưởi → chuyển thành Bưởi da xanh");
	}

	@Test
	void staleEditShowsTheirChangeBesideMineKeepsBothAndWritesMineOnlyWhenSentAgain() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội sửa cùng lúc " + TestData.serial(), "Huế");
		Map<String, Object> body = TestData.markFiling(holder, "Huế");
		Map<String, Object> created = TestData.create(admin, body);
		Object id = created.get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id + "/edit");
		Map<String, Object> theirs = TestData.with(TestData.with(body, "product", "Bưởi Thanh Trà"), "area",
				"xã Thủy Biều");
		admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(theirs)
			.exchange()
			.expectStatus()
			.isOk();

		Map<String, String> mine = formOf(body);
		mine.put("name", "Bưởi của tôi " + TestData.serial());
		mine.put("product", "Bưởi đào");
		mine.put("version", "0");
		mine.put("seen", "1");
		Page stale = browser.post("/app/registrations/" + id + "/edit", mine);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("id=\"conflict\"", "Văn bằng vừa được người khác sửa",
				"name=\"version\" value=\"1\"", "value=\"" + mine.get("name") + "\"", "value=\"Bưởi đào\"",
				">xã Thủy Biều</textarea>");
		assertThat(TitlePages.rows(stale.body(), "conflict-fields")).containsExactly(
				"Tên thường gọi " + body.get("name") + " " + mine.get("name") + " Bạn",
				"Sản phẩm, hàng hóa Bưởi Thanh Trà Bưởi đào Cả hai: biểu mẫu giữ giá trị của bạn, xin kiểm tra",
				"Khu vực địa lý xã Thủy Biều (trống) Người khác: biểu mẫu đã lấy giá trị của họ");
		assertThat(TitlePages.text(TitlePages.part(stale.body(), "their-changes"))).contains("Sửa thông tin",
				"Sản phẩm, hàng hóa: Quả bưởi → chuyển thành Bưởi Thanh Trà", "admin");
		assertThat(TitlePages.text(TitlePages.part(stale.body(), "product-stored")))
			.startsWith("Người khác cũng vừa sửa ô này; giá trị đang lưu: Bưởi Thanh Trà");
		assertThat(TitlePages.stored(admin, id)).containsEntry("name", body.get("name"))
			.containsEntry("product", "Bưởi Thanh Trà");

		mine.put("version", "1");
		mine.put("area", "xã Thủy Biều");
		Page again = browser.post("/app/registrations/" + id + "/edit", mine);
		assertThat(again.status()).isEqualTo(303);
		assertThat(TitlePages.stored(admin, id)).containsEntry("name", mine.get("name"))
			.containsEntry("product", "Bưởi đào")
			.containsEntry("area", "xã Thủy Biều");
	}

	@Test
	void formSentWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
		WebTestClient admin = TestUsers.admin(this.client);
		long before = total(admin);
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/new");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("type", "COLLECTIVE_MARK");
		form.add("name", "Không có mã chống giả mạo");
		form.add("product", "Gạo");
		form.add("niceClasses", "30");
		form.add("province", "Huế");
		Page refused = browser.postExactly("/app/registrations/new", form);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Biểu mẫu đã hết hạn");
		assertThat(total(admin)).isEqualTo(before);
	}

	@Test
	void formsAreRefusedOutsideTheUsersRights() {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã quyền " + TestData.serial(), "Quảng Trị");
		String other = TestData.holder(admin, "Hợp tác xã người khác " + TestData.serial(), "Quảng Trị");
		Object ownTitle = TestData.create(admin, TestData.markFiling(own, "Quảng Trị")).get("id");
		Object otherTitle = TestData.create(admin, TestData.markFiling(other, "Quảng Trị")).get("id");
		TestUsers.officer(this.client, "ws-form-hue", "Huế");
		WorkspaceClient outside = WorkspaceClient.signedIn(this.client, "ws-form-hue");
		assertThat(outside.get("/app/registrations/" + ownTitle + "/edit").status()).isEqualTo(403);
		assertThat(outside.get("/app/registrations/" + ownTitle).body()).doesNotContain("id=\"edit\"",
				"id=\"actions\"");
		String username = "ws-form-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);
		assertThat(cooperative.get("/app/registrations/" + ownTitle + "/edit").status()).isEqualTo(403);
		assertThat(cooperative.get("/app/registrations/" + otherTitle + "/edit").status()).isEqualTo(404);
		assertThat(cooperative.get("/app/registrations/" + otherTitle).status()).isEqualTo(404);
		assertThat(cooperative.get("/app/registrations/" + otherTitle + "/summary.pdf").status()).isEqualTo(404);
	}

	@Test
	void formSpeaksEnglishWhenAsked() {
		Page page = WorkspaceClient.signedIn(this.client, "admin").get("/app/registrations/new?lang=en");
		assertThat(page.body()).contains("<html lang=\"en\"", "Common name", "New application", "(required)")
			.doesNotContain("Tên thường gọi");
	}

	/** The form's fields as the body sent to the API had them. */
	static Map<String, String> formOf(Map<String, Object> body) {
		Map<String, String> form = new HashMap<>();
		body.forEach((field, value) -> {
			if (value instanceof List<?> list) {
				form.put(field, String.join(", ", list.stream().map(String::valueOf).toList()));
			}
			else if (!field.equals("type") && !field.equals("status")) {
				form.put(field, String.valueOf(value));
			}
		});
		return form;
	}

	/** How many records the registry has now (computed now, not a kept answer). */
	static long total(WebTestClient admin) {
		WebTestClient fresh = admin.mutate().defaultHeader(HttpHeaders.CACHE_CONTROL, "no-cache").build();
		return ((Number) TestData.json(fresh, "/api/v1/registrations?size=1").get("totalItems")).longValue();
	}

}

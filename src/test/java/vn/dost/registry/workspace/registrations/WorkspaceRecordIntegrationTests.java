package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.reports.PdfReading;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record page on the real server: facts, renewal and history in words, buttons for
 * exactly the actions allowed now, each action's form (a decision recorded; 400 with the
 * fields' messages, 409 in words, 412 with the others' change; nothing written then),
 * authorised users added and decided on (also by the cooperative that holds the title), a
 * mistaken filing deleted after a confirmation, and the record sheet.
 */
@RegistryIntegrationTest
class WorkspaceRecordIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void recordPageShowsTheFactsRenewalAndHistoryInWordsAndOnlyTheActionsAllowedNow() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội hạt điều " + TestData.serial(), "Đồng Nai");
		// expires 01/09/2026: its renewal window opened on 01/03/2026 (today is
		// 15/06/2026)
		Map<String, Object> mark = TestData.create(admin,
				TestData.grantedMark(holder, "Bình Phước", LocalDate.of(2016, 9, 1)));
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page page = browser.get("/app/registrations/" + mark.get("id"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(actions(page.body())).containsExactly("RENEW", "TERMINATE", "INVALIDATE", "AMEND");
		assertThat(TitlePages.text(TitlePages.part(page.body(), "renewal"))).contains("Đang trong thời hạn gia hạn",
				"ngày hết hạn 01/09/2026", "đến 01/03/2027");
		String facts = TitlePages.text(TitlePages.part(page.body(), "facts"));
		assertThat(facts)
			.contains("Nhóm Nice 31", "Tỉnh, thành phố (ghi trên văn bằng) Bình Phước",
					"Thuộc tỉnh, thành phố (từ 01/7/2025) Đồng Nai", "Ngày nộp đơn 01/09/2016",
					"Ngày hết hạn 01/09/2026", "Công bố trên cổng thông tin công khai Không")
			.doesNotContain("Dấu hiệu được bảo hộ", "GRANTED", "FOOD");
		assertThat(TitlePages.text(TitlePages.part(page.body(), "timeline")))
			.startsWith("01/09/2016 Đưa vào cơ sở dữ liệu Còn hiệu lực");
		assertThat(page.body()).contains("id=\"record-sheet\"", "id=\"edit\"").doesNotContain("id=\"delete\"");

		Map<String, Object> filing = TestData.create(admin, TestData.markFiling(holder, "Đồng Nai"));
		Page filed = browser.get("/app/registrations/" + filing.get("id"));
		assertThat(actions(filed.body())).containsExactly("ACCEPT", "REFUSE", "WITHDRAW");
		assertThat(filed.body()).contains("id=\"delete\"").doesNotContain("id=\"renewal\"");
	}

	@Test
	void takesAnApplicationFromFiledToGranted() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội gạo " + TestData.serial(), "Cần Thơ");
		Object id = TestData.create(admin, TestData.markFiling(holder, "Cần Thơ")).get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id);

		act(browser, id, Map.of("action", "ACCEPT", "version", "0", "date", "2025-04-01", "reference", "111/QĐ-SHTT"));
		act(browser, id, Map.of("action", "PUBLISH", "version", "1", "date", "2025-05-20", "gazetteNumber", "446"));
		String number = "4-" + String.format("%07d", TestData.serial()) + "-000";
		Page granted = act(browser, id, Map.of("action", "GRANT", "version", "2", "date", "2026-03-02",
				"registrationNumber", number, "reference", "2222/QĐ-SHTT", "note", "Cấp theo đơn"));

		assertThat(TitlePages.stored(admin, id)).containsEntry("status", "GRANTED")
			.containsEntry("registrationNumber", number)
			.containsEntry("grantDate", "2026-03-02")
			.containsEntry("gazetteNumber", "446")
			.containsEntry("grantDecision", "2222/QĐ-SHTT");
		assertThat(granted.body()).contains("Đã ghi: Cấp văn bằng.");
		assertThat(TitlePages.text(TitlePages.part(granted.body(), "timeline")))
			.startsWith("02/03/2026 Cấp văn bằng Đã công bố → chuyển thành Còn hiệu lực Số quyết định 2222/QĐ-SHTT "
					+ "Ghi chú Cấp theo đơn Số văn bằng: (trống) → chuyển thành " + number
					+ " Ngày cấp: (trống) → chuyển thành 02/03/2026 admin · ghi lúc 15/06/2026 10:00 "
					+ "20/05/2025 Công bố đơn Đơn hợp lệ → chuyển thành Đã công bố Số Công báo: (trống) → chuyển thành 446");
		assertThat(actions(granted.body())).containsExactly("TERMINATE", "INVALIDATE", "AMEND");
	}

	@Test
	void actionWithBadFieldsShowsTheirMessagesOpenWithTheInputAndWritesNothing() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội chè " + TestData.serial(), "Thái Nguyên");
		Map<String, Object> filing = TestData.markFiling(holder, "Thái Nguyên");
		filing.put("status", "PUBLISHED");
		Object id = TestData.create(admin, filing).get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id);
		Page refused = browser.post("/app/registrations/" + id + "/actions",
				Map.of("action", "GRANT", "version", "0", "date", "30/02/2026", "reference", "99/QĐ-SHTT"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).containsPattern("<details class=\"action\" id=\"action-GRANT\" open=\"open\">")
			.contains("id=\"action-GRANT-errors\"", "value=\"30/02/2026\"", "value=\"99/QĐ-SHTT\"");
		assertThat(TitlePages.text(TitlePages.part(refused.body(), "action-GRANT-date-error")))
			.startsWith("Không phải một ngày");
		assertThat(TitlePages.text(TitlePages.part(refused.body(), "action-GRANT-registrationNumber-error")))
			.startsWith("Trường này là bắt buộc.");
		assertThat(TitlePages.stored(admin, id)).containsEntry("status", "PUBLISHED").containsEntry("version", 0);
	}

	@Test
	void actionNotAllowedNowIsRefusedInWords() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội cam " + TestData.serial(), "Nghệ An");
		Object id = TestData.create(admin, TestData.grantedMark(holder, "Nghệ An", LocalDate.of(2020, 1, 10)))
			.get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id);
		Page refused = browser.post("/app/registrations/" + id + "/actions",
				Map.of("action", "ACCEPT", "version", "0", "date", "2026-01-05"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(TitlePages.text(TitlePages.part(refused.body(), "refused"))).contains(
				"Không ghi được “Chấp nhận đơn hợp lệ” khi hồ sơ đang ở tình trạng “Còn hiệu lực”: quy trình không cho phép");
		assertThat(refused.body()).doesNotContain("ACCEPT khi", "GRANTED”");

		Page early = browser.post("/app/registrations/" + id + "/actions",
				Map.of("action", "RENEW", "version", "0", "date", "2026-01-05"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(TitlePages.text(early.body())).contains("chỉ được gia hạn trong 6 tháng trước ngày hết hạn.");
		assertThat(TitlePages.stored(admin, id)).containsEntry("version", 0);
	}

	@Test
	void actionSentWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội mít " + TestData.serial(), "Đắk Lắk");
		Object id = TestData.create(admin, TestData.markFiling(holder, "Đắk Lắk")).get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("action", "ACCEPT");
		form.add("version", "0");
		form.add("date", "2026-01-05");
		Page refused = browser.postExactly("/app/registrations/" + id + "/actions", form);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Biểu mẫu đã hết hạn");
		assertThat(TitlePages.stored(admin, id)).containsEntry("status", "FILED").containsEntry("version", 0);
	}

	@Test
	void staleActionShowsTheirChangeKeepsTheInputAndWritesNothing() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội quế " + TestData.serial(), "Lào Cai");
		Map<String, Object> body = TestData.markFiling(holder, "Lào Cai");
		Object id = TestData.create(admin, body).get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id);
		admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(TestData.with(body, "product", "Quế Văn Yên"))
			.exchange()
			.expectStatus()
			.isOk();

		Page stale = browser.post("/app/registrations/" + id + "/actions",
				Map.of("action", "ACCEPT", "version", "0", "seen", "1", "date", "2026-02-03", "reference", "5/QĐ"));
		assertThat(stale.status()).isEqualTo(412);
		String form = TitlePages.text(TitlePages.part(stale.body(), "action-ACCEPT"));
		assertThat(form).contains("Văn bằng vừa được người khác thay đổi",
				"Sửa thông tin Sản phẩm, hàng hóa: Quả bưởi → chuyển thành Quế Văn Yên");
		assertThat(stale.body()).contains("value=\"2026-02-03\"", "value=\"5/QĐ\"", "name=\"version\" value=\"1\"");
		assertThat(TitlePages.stored(admin, id)).containsEntry("status", "FILED");
	}

	@Test
	void amendmentChangesTheAmendedFactsAndTheHistoryShowsThem() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội tiêu " + TestData.serial(), "Quảng Trị");
		Object id = TestData.create(admin, TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2018, 4, 13)))
			.get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page page = browser.get("/app/registrations/" + id);
		assertThat(page.body()).contains("id=\"action-AMEND-product\"", "value=\"Quả bưởi\"");

		Map<String, String> form = new HashMap<>(Map.of("action", "AMEND", "version", "0", "date", "2026-04-13",
				"reference", "1076/QĐ-SHTT", "product", "Quả bưởi, bưởi sấy", "niceClasses", "31", "province",
				"Quảng Trị", "productGroup", "FOOD", "holderId", holder));
		form.put("name", (String) TitlePages.stored(admin, id).get("name"));
		Page amended = act(browser, id, form);
		assertThat(TitlePages.stored(admin, id)).containsEntry("product", "Quả bưởi, bưởi sấy");
		assertThat(TitlePages.text(TitlePages.part(amended.body(), "timeline"))).startsWith(
				"13/04/2026 Sửa đổi văn bằng Số quyết định 1076/QĐ-SHTT Sản phẩm, hàng hóa: Quả bưởi → chuyển thành Quả bưởi, bưởi sấy");

		Page unchanged = browser.post("/app/registrations/" + id + "/actions", Map.of("action", "AMEND", "version", "1",
				"date", "2026-04-14", "reference", "1077/QĐ-SHTT", "product", "Quả bưởi, bưởi sấy"));
		assertThat(unchanged.status()).isEqualTo(400);
	}

	@Test
	void renewsAMarkInItsWindow() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội nhãn " + TestData.serial(), "Hưng Yên");
		Object id = TestData.create(admin, TestData.grantedMark(holder, "Hưng Yên", LocalDate.of(2016, 8, 20)))
			.get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id);
		Page renewed = act(browser, id,
				Map.of("action", "RENEW", "version", "0", "date", "2026-06-10", "reference", "4321/QĐ-SHTT"));
		assertThat(TitlePages.stored(admin, id)).containsEntry("expiryDate", "2036-08-20");
		assertThat(TitlePages.text(TitlePages.part(renewed.body(), "renewal"))).contains("Chưa đến hạn gia hạn",
				"từ 20/02/2036", "hết hạn ngày 20/08/2036");
		assertThat(actions(renewed.body())).doesNotContain("RENEW");
	}

	@Test
	void authorisedUsersAreAddedSuspendedReinstatedAndRevoked() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội sâm " + TestData.serial(), "Quảng Nam");
		Object id = TestData.create(admin, TestData.grantedMark(holder, "Quảng Nam", LocalDate.of(2020, 5, 5)))
			.get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		browser.get("/app/registrations/" + id);

		Page missing = browser.post("/app/registrations/" + id + "/authorised-users",
				Map.of("address", "thôn 2", "validUntil", "sớm thôi"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("id=\"user-add-name-error\"", "id=\"user-add-grantedOn-error\"",
				"id=\"user-add-validUntil-error\"", ">thôn 2</textarea>");
		assertThat(missing.body()).containsPattern("<details class=\"action add-user\" id=\"add-user\" open=\"open\"");

		Page added = browser.post("/app/registrations/" + id + "/authorised-users",
				Map.of("name", "Hợp tác xã Trà Linh", "code", "C0007-SNL", "province", "Quảng Nam", "decisionNumber",
						"12/QĐ-UBND", "grantedOn", "2026-01-15", "validUntil", "2031-01-15"));
		assertThat(added.status()).isEqualTo(303);
		assertThat(added.location()).endsWith("?done=AUTHORISED_USER_ADDED");
		Page page = browser.get(added.location());
		assertThat(TitlePages.rows(page.body(), "users")).singleElement()
			.asString()
			.startsWith("Hợp tác xã Trà Linh Quảng Nam C0007-SNL 12/QĐ-UBND 15/01/2026 – 15/01/2031 Đang được sử dụng");
		String userId = page.body().replaceAll("(?s).*data-user=\"([^\"]+)\".*", "$1");
		String decide = "/app/registrations/" + id + "/authorised-users/" + userId;

		Page noReason = browser.post(decide, Map.of("action", "SUSPEND"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("id=\"user-" + userId + "-SUSPEND-reason-error\"");
		assertThat(browser.post(decide, Map.of("action", "SUSPEND", "reason", "Đang kiểm tra chất lượng")).status())
			.isEqualTo(303);
		assertThat(status(browser, id)).startsWith("Tạm đình chỉ Đang kiểm tra chất lượng");
		assertThat(browser.post(decide, Map.of("action", "REINSTATE")).status()).isEqualTo(303);
		assertThat(status(browser, id)).startsWith("Đang được sử dụng");
		assertThat(browser.post(decide, Map.of("action", "REVOKE", "reason", "Vi phạm quy chế", "reference", "3/QĐ"))
			.status()).isEqualTo(303);
		Page revoked = browser.get("/app/registrations/" + id);
		assertThat(status(browser, id)).startsWith("Đã thu hồi Vi phạm quy chế");
		assertThat(TitlePages.text(TitlePages.part(revoked.body(), "timeline")))
			.startsWith("15/06/2026 Thu hồi quyền sử dụng Người được sử dụng Hợp tác xã Trà Linh Số quyết định 3/QĐ "
					+ "Lý do Vi phạm quy chế Tình trạng: Đang được sử dụng → chuyển thành Đã thu hồi "
					+ "Lý do: (trống) → chuyển thành Vi phạm quy chế");
		Page twice = browser.post(decide, Map.of("action", "REVOKE", "reason", "Lần nữa"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(TitlePages.text(twice.body())).contains("Không ghi được “Thu hồi quyền sử dụng”");
	}

	@Test
	void userFormsAreSentInlineByHtmxAndARefusalAnswersThePageWhoseMainItSwaps() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội vải " + TestData.serial(), "Hải Phòng");
		Object id = TestData.create(admin, TestData.grantedMark(holder, "Hải Dương", LocalDate.of(2021, 7, 1)))
			.get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page page = browser.get("/app/registrations/" + id);
		assertThat(page.body())
			.containsPattern("<form [^>]*hx-target=\"main\" hx-select=\"main\" hx-swap=\"outerHTML\" "
					+ "hx-post=\"/app/registrations/" + id + "/authorised-users\"");
		Page refused = browser.post("/app/registrations/" + id + "/authorised-users", Map.of("code", "X1"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("<main id=\"main\"", "id=\"user-add-name-error\"");
	}

	@Test
	void cooperativeSeesItsTitleAndManagesItsAuthorisedUsersButNothingElse() {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã na " + TestData.serial(), "Bắc Ninh");
		Object id = TestData.create(admin, TestData.grantedMark(own, "Bắc Ninh", LocalDate.of(2019, 3, 3))).get("id");
		String username = "ws-record-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);
		Page page = cooperative.get("/app/registrations/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"add-user\"", "id=\"record-sheet\"")
			.doesNotContain("id=\"actions\"", "id=\"edit\"", "id=\"delete\"");
		assertThat(cooperative
			.post("/app/registrations/" + id + "/authorised-users",
					Map.of("name", "Tổ hợp tác Chi Lăng", "grantedOn", "2026-02-01"))
			.status()).isEqualTo(303);
		assertThat(cooperative
			.post("/app/registrations/" + id + "/actions",
					Map.of("action", "TERMINATE", "version", "1", "date", "2026-02-01", "reason", "Tự ý"))
			.status()).isEqualTo(403);
		assertThat(TitlePages.stored(admin, id)).containsEntry("status", "GRANTED");
	}

	@Test
	void cooperativesSessionReachesNoOtherTitleByAnyOfItsAddresses() {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã chè " + TestData.serial(), "Thái Nguyên");
		String other = TestData.holder(admin, "Hợp tác xã chè khác " + TestData.serial(), "Thái Nguyên");
		Object id = TestData.create(admin, TestData.grantedMark(other, "Thái Nguyên", LocalDate.of(2019, 3, 3)))
			.get("id");
		Object user = TestData
			.created(admin, "/api/v1/registrations/" + id + "/authorised-users",
					Map.of("name", "Tổ chè Tân Cương", "grantedOn", "2025-02-01"))
			.get("id");
		String username = "ws-record-coop-other-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);
		String title = "/app/registrations/" + id;
		for (String page : List.of(title, title + "/edit", title + "/delete", title + "/summary.pdf")) {
			assertThat(cooperative.get(page).status()).as(page).isEqualTo(404);
		}
		cooperative.get("/app/registrations");
		Map<String, Map<String, String>> posts = Map.of(title + "/actions",
				Map.of("action", "TERMINATE", "version", "1", "date", "2026-02-01", "reason", "Tự ý"),
				title + "/authorised-users", Map.of("name", "Tổ hợp tác lạ", "grantedOn", "2026-02-01"),
				title + "/authorised-users/" + user, Map.of("action", "REVOKE", "reason", "Tự ý"), title + "/edit",
				Map.of("version", "1", "name", "Chè lạ"), title + "/delete", Map.of("version", "1"));
		posts.forEach((path, fields) -> {
			Page refused = cooperative.post(path, fields);
			assertThat(refused.status()).as(path).isEqualTo(404);
			assertThat(refused.body()).as(path).contains("Không tìm thấy");
		});
		Map<String, Object> stored = TitlePages.stored(admin, id);
		assertThat(stored).containsEntry("status", "GRANTED").containsEntry("version", 1);
		assertThat(TestData.history(admin, id)).hasSize(2);
	}

	@Test
	void mistakenFilingIsDeletedAfterItsConfirmationPage() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội xóa " + TestData.serial(), "Hà Nội");
		Map<String, Object> filing = TestData.create(admin, TestData.markFiling(holder, "Hà Nội"));
		Object id = filing.get("id");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page confirm = browser.get("/app/registrations/" + id + "/delete");
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(TitlePages.text(confirm.body())).contains("Xóa đơn nhập nhầm?", (String) filing.get("name"));
		Page deleted = browser.post("/app/registrations/" + id + "/delete", Map.of("version", "0"));
		assertThat(deleted.status()).isEqualTo(303);
		assertThat(deleted.location()).isEqualTo("/app/registrations?deleted");
		assertThat(browser.get(deleted.location()).body()).contains("id=\"deleted-notice\"");
		admin.get().uri("/api/v1/registrations/{id}", id).exchange().expectStatus().isNotFound();
		assertThat(browser.get("/app/registrations/" + id).status()).isEqualTo(404);

		Object granted = TestData.create(admin, TestData.grantedMark(holder, "Hà Nội", LocalDate.of(2019, 1, 1)))
			.get("id");
		browser.get("/app/registrations/" + granted);
		Page refused = browser.post("/app/registrations/" + granted + "/delete", Map.of("version", "0"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(TitlePages.text(TitlePages.part(refused.body(), "delete-errors")))
			.contains("Không ghi được “Xóa đơn nhập nhầm” khi hồ sơ đang ở tình trạng “Còn hiệu lực”");
		TitlePages.stored(admin, granted);
	}

	@Test
	void recordSheetIsThePdfOfTheTitle() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội phiếu " + TestData.serial(), "Huế");
		Map<String, Object> mark = TestData.create(admin,
				TestData.grantedMark(holder, "Huế", LocalDate.of(2019, 1, 1)));
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		byte[] pdf = this.client.get()
			.uri("/app/registrations/{id}/summary.pdf", mark.get("id"))
			.cookie("REGISTRY_SESSION", browser.cookie("REGISTRY_SESSION"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(String.join(" ", PdfReading.of(pdf).pageTexts())).contains((String) mark.get("name"),
				(String) mark.get("registrationNumber"));
	}

	/** Sends an action's form and follows the redirect to the record page. */
	private static Page act(WorkspaceClient browser, Object id, Map<String, String> form) {
		Page sent = browser.post("/app/registrations/" + id + "/actions", form);
		assertThat(sent.status()).as(sent.body()).isEqualTo(303);
		assertThat(sent.location()).endsWith("?done=" + form.get("action"));
		return browser.get(sent.location());
	}

	/** The lifecycle actions the record page offers, in order. */
	private static List<String> actions(String html) {
		return java.util.regex.Pattern.compile("<details class=\"action\" id=\"action-([A-Z]+)\"")
			.matcher(html)
			.results()
			.map(found -> found.group(1))
			.toList();
	}

	/** The status cell of the title's only authorised user. */
	private static String status(WorkspaceClient browser, Object id) {
		String users = TitlePages.part(browser.get("/app/registrations/" + id).body(), "users");
		return TitlePages.text(users.replaceAll("(?s).*<td data-label=\"Tình trạng\">(.*?)</td>.*", "$1"));
	}

}

package vn.dost.registry.workspace.registrations;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.HeadlessChromium;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.SignInPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The titles' journeys in a real headless Chromium, as an officer walks them: record an
 * existing geographical indication with its grant decision; take an application from
 * filed to granted; renew a mark in its window; add an authorised user and revoke the
 * right (inline, by htmx); an edit made stale by someone else's change is shown beside it
 * and saved deliberately; a cooperative signs in and finds only its own titles (another's
 * is not found). The last step of each is photographed at a laptop's width and at a
 * phone's under {@code target/workspace-screenshots/}; no page breaks the content
 * security policy or logs a script error. Skipped, saying why, where Chromium is missing.
 */
@RegistryIntegrationTest
class WorkspaceTitlesBrowserTests {

	private static final Path SHOTS = Path.of("target", "workspace-screenshots");

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		this.chromium = HeadlessChromium.start(1366, 900, SHOTS);
		this.browser = this.chromium.driver();
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void officerRecordsAnExistingGeographicalIndicationWithItsGrantDecision() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Sở Khoa học và Công nghệ Hà Giang", "Hà Giang");
		signIn(officer("ws-br-gi", "Tuyên Quang"));
		open("/app/registrations?province=Quảng Trị");
		assertThat(this.browser.findElements(By.cssSelector("#titles tbody tr"))).isNotEmpty();
		fullPage("titles-0-listing");
		this.browser.findElement(By.id("new-title")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("type")));
		String number = String.valueOf(TestData.serial());
		new Select(this.browser.findElement(By.id("type"))).selectByValue("GEOGRAPHICAL_INDICATION");
		new Select(this.browser.findElement(By.id("status"))).selectByValue("GRANTED");
		type("name", "Mật ong bạc hà Mèo Vạc");
		type("sign", "Mèo Vạc");
		type("product", "Mật ong bạc hà");
		new Select(this.browser.findElement(By.id("productGroup"))).selectByValue("FOOD");
		new Select(this.browser.findElement(By.id("holderId"))).selectByValue(holder);
		type("province", "Hà Giang");
		type("area", "Các huyện Mèo Vạc, Đồng Văn, Yên Minh và Quản Bạ");
		type("applicationNumber", "6-2013-" + number);
		day("filingDate", "2013-05-06");
		type("grantDecision", "1560/QĐ-SHTT");
		type("registrationNumber", number);
		day("grantDate", "2015-07-27");
		this.browser.findElement(By.id("public")).click();
		this.browser.findElement(By.id("save")).click();

		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mật ong bạc hà Mèo Vạc");
		assertThat(this.browser.findElement(By.id("done")).getText()).isEqualTo("Đã ghi: Đưa vào cơ sở dữ liệu.");
		assertThat(this.browser.findElement(By.id("standing")).getText()).contains("Chỉ dẫn địa lý", "Còn hiệu lực");
		assertThat(this.browser.findElement(By.id("fact-grantDecision")).getText()).contains("1560/QĐ-SHTT");
		assertThat(this.browser.findElement(By.id("fact-currentProvinces")).getText()).contains("Tuyên Quang");
		shots("titles-1-gi-recorded");
	}

	@Test
	void officerTakesAnApplicationFromFiledToGranted() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Nông nghiệp Hải Lăng", "Quảng Trị");
		Map<String, Object> filing = TestData.markFiling(holder, "Quảng Trị");
		filing.put("name", "Gạo sạch Hải Lăng");
		filing.put("product", "Gạo");
		filing.put("niceClasses", List.of(30));
		Object id = TestData.create(admin, filing).get("id");
		signIn(officer("ws-br-grant", "Quảng Trị"));
		open("/app/registrations/" + id);

		decide("ACCEPT", Map.of("date", "2025-03-04", "reference", "4521/QĐ-SHTT"));
		decide("PUBLISH", Map.of("date", "2025-04-25", "gazetteNumber", "445B", "reference", "Công báo số 445B"));
		String number = "4-" + String.format("%07d", TestData.serial()) + "-000";
		decide("GRANT", Map.of("date", "2026-05-18", "registrationNumber", number, "reference", "3120/QĐ-SHTT"));

		assertThat(this.browser.findElement(By.id("done")).getText()).isEqualTo("Đã ghi: Cấp văn bằng.");
		assertThat(this.browser.findElement(By.id("standing")).getText()).contains("Còn hiệu lực");
		assertThat(this.browser.findElement(By.id("fact-registrationNumber")).getText()).contains(number);
		assertThat(this.browser.findElements(By.cssSelector("#timeline > li"))).hasSize(4);
		assertThat(this.browser.findElements(By.cssSelector("#actions details.action")))
			.extracting(action -> action.getAttribute("id"))
			.containsExactly("action-TERMINATE", "action-INVALIDATE", "action-AMEND");
		shots("titles-2-application-granted");
		fullPage("titles-2-application-granted-whole");
	}

	@Test
	void officerRenewsAMarkInItsWindow() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội sản xuất và kinh doanh nhãn lồng Hưng Yên", "Hưng Yên");
		Map<String, Object> mark = TestData.grantedMark(holder, "Hưng Yên", LocalDate.of(2016, 9, 1));
		mark.put("name", "Nhãn lồng Hưng Yên");
		mark.put("product", "Quả nhãn lồng");
		Object id = TestData.create(admin, mark).get("id");
		signIn(officer("ws-br-renew", "Hưng Yên"));
		open("/app/registrations/" + id);
		assertThat(this.browser.findElement(By.id("renewal")).getText()).contains("Đang trong thời hạn gia hạn");

		decide("RENEW", Map.of("date", "2026-06-12", "reference", "2231/QĐ-SHTT"));

		assertThat(this.browser.findElement(By.id("done")).getText()).isEqualTo("Đã ghi: Gia hạn hiệu lực.");
		assertThat(this.browser.findElement(By.id("renewal")).getText()).contains("Chưa đến hạn gia hạn", "01/09/2036");
		assertThat(this.browser.findElement(By.id("fact-expiryDate")).getText()).contains("01/09/2036");
		assertThat(this.browser.findElement(By.cssSelector("#timeline > li")).getText()).contains("Gia hạn hiệu lực",
				"01/09/2026", "01/09/2036");
		shots("titles-3-mark-renewed");
	}

	@Test
	void officerAddsAnAuthorisedUserAndRevokesTheRightInline() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Ủy ban nhân dân huyện Khánh Sơn", "Khánh Hòa");
		Map<String, Object> mark = TestData.grantedMark(holder, "Khánh Hòa", LocalDate.of(2019, 3, 1));
		mark.put("type", "CERTIFICATION_MARK");
		mark.put("name", "Sầu riêng Khánh Sơn");
		mark.put("product", "Quả sầu riêng");
		Object id = TestData.create(admin, mark).get("id");
		signIn(officer("ws-br-users", "Khánh Hòa"));
		open("/app/registrations/" + id);
		String address = this.browser.getCurrentUrl();

		this.browser.findElement(By.cssSelector("#add-user > summary")).click();
		type("user-add-name", "Hợp tác xã sầu riêng Sơn Bình");
		type("user-add-code", "C0012-SRKS");
		type("user-add-province", "Khánh Hòa");
		type("user-add-decisionNumber", "35/QĐ-UBND");
		day("user-add-grantedOn", "2026-02-10");
		this.browser.findElement(By.cssSelector("#add-user button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users tbody tr")));
		WebElement row = this.browser.findElement(By.cssSelector("#users tbody tr"));
		assertThat(row.getText()).contains("Hợp tác xã sầu riêng Sơn Bình", "C0012-SRKS", "Đang được sử dụng");
		assertThat(this.browser.getCurrentUrl()).as("sent inline: the page was not loaded again").isEqualTo(address);

		row.findElement(By.cssSelector("details.inline-action:last-of-type > summary")).click();
		String user = row.getAttribute("data-user");
		type("user-" + user + "-REVOKE-reason", "Không tuân thủ quy chế sử dụng nhãn hiệu");
		type("user-" + user + "-REVOKE-reference", "12/QĐ-HND");
		row.findElement(By.cssSelector("details[open] button[type=submit]")).click();
		this.chromium.arrived(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#users tbody tr"), "Đã thu hồi"));
		assertThat(this.browser.findElement(By.cssSelector("#users tbody tr")).getText())
			.contains("Không tuân thủ quy chế");
		assertThat(this.browser.findElement(By.cssSelector("#timeline > li")).getText())
			.contains("Thu hồi quyền sử dụng", "12/QĐ-HND", "Từ ngày")
			.as("every changed field in words, days as dd/MM/yyyy")
			.doesNotContain("statusSince", "2026-");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(address);
		shots("titles-4-user-revoked", "authorised-users");
	}

	@Test
	void staleEditIsShownBesideTheOthersChangeNotLostAndSavedDeliberately() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội sản xuất và kinh doanh bưởi Phúc Trạch", "Hà Tĩnh");
		Map<String, Object> body = TestData.markFiling(holder, "Hà Tĩnh");
		body.put("name", "Bưởi Phúc Trạch");
		Object id = TestData.create(admin, body).get("id");
		signIn(officer("ws-br-stale", "Hà Tĩnh"));
		open("/app/registrations/" + id + "/edit");
		WebElement name = this.browser.findElement(By.id("name"));
		name.clear();
		name.sendKeys("Bưởi Phúc Trạch Hương Khê");
		admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(TestData.with(body, "product", "Quả bưởi tươi, vỏ xanh"))
			.exchange()
			.expectStatus()
			.isOk();
		this.browser.findElement(By.id("save")).click();

		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("conflict")));
		assertThat(this.browser.findElement(By.id("name")).getAttribute("value"))
			.isEqualTo("Bưởi Phúc Trạch Hương Khê");
		assertThat(this.browser.findElement(By.id("product")).getAttribute("value"))
			.as("the field only they changed shows their value")
			.isEqualTo("Quả bưởi tươi, vỏ xanh");
		assertThat(this.browser.findElements(By.cssSelector("#conflict-fields tbody tr")))
			.extracting(WebElement::getText)
			.containsExactly("Tên thường gọi " + body.get("name") + " Bưởi Phúc Trạch Hương Khê Bạn",
					"Sản phẩm, hàng hóa Quả bưởi tươi, vỏ xanh Quả bưởi Người khác: biểu mẫu đã lấy giá trị của họ");
		shots("titles-5-stale-edit");
		fullPage("titles-5-stale-edit-whole");

		this.browser.findElement(By.id("save")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bưởi Phúc Trạch Hương Khê");
		assertThat(this.browser.findElement(By.id("fact-product")).getText()).contains("Quả bưởi tươi, vỏ xanh");
	}

	@Test
	void cooperativeSignsInAndSeesOnlyItsOwnTitles() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã cam Cao Phong " + TestData.serial(), "Hòa Bình");
		String other = TestData.holder(admin, "Hợp tác xã cam Lạc Sơn " + TestData.serial(), "Hòa Bình");
		Object granted = TestData
			.create(admin,
					TestData.with(TestData.grantedMark(own, "Hòa Bình", LocalDate.of(2017, 8, 1)), "name",
							"Cam Cao Phong"))
			.get("id");
		TestData.create(admin, TestData.with(TestData.markFiling(own, "Hòa Bình"), "name", "Bưởi đỏ Cao Phong"));
		Object others = TestData
			.create(admin, TestData.with(TestData.markFiling(other, "Hòa Bình"), "name", "Cam Lạc Sơn"))
			.get("id");
		String username = "ws-br-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		signIn(username);

		this.browser.findElement(By.cssSelector("nav.main-nav a[href='/app/registrations']")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("titles")));
		assertThat(this.browser.findElements(By.cssSelector("#titles tbody tr .title-name a")))
			.extracting(WebElement::getText)
			.containsExactlyInAnyOrder("Cam Cao Phong", "Bưởi đỏ Cao Phong");
		assertThat(this.browser.findElements(By.id("new-title"))).as("a cooperative files nothing here").isEmpty();
		open("/app/registrations/" + others);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
		assertThat(this.browser.getPageSource()).doesNotContain("Cam Lạc Sơn");
		assertThat(this.browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
			.as("the browser was answered 404")
			.anyMatch(message -> message.contains("/app/registrations/" + others) && message.contains(" 404 "));
		open("/app/registrations/" + granted);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cam Cao Phong");
		assertThat(this.browser.findElements(By.cssSelector("#actions, #edit"))).as("no lifecycle action, no edit")
			.isEmpty();
		assertThat(this.browser.findElements(By.id("add-user"))).as("it manages its authorised users").hasSize(1);
		open("/app/registrations");
		shots("titles-6-cooperative-own-titles");
	}

	private String officer(String username, String province) {
		TestUsers.officer(this.client, username, province);
		return username;
	}

	private void signIn(String username) {
		SignInPage.signIn(this.chromium, this.port, username);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String text) {
		WebElement input = this.browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/** Sets a date box's day (typing a date depends on the browser's locale). */
	private void day(String id, String isoDay) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id(id)), isoDay);
	}

	/** Opens a lifecycle action's form on the record page, fills it in and sends it. */
	private void decide(String action, Map<String, String> fields) {
		this.browser.findElement(By.cssSelector("#action-" + action + " > summary")).click();
		fields.forEach((field, value) -> {
			if (field.equals("date")) {
				day("action-" + action + "-date", value);
			}
			else {
				type("action-" + action + "-" + field, value);
			}
		});
		this.browser.findElement(By.cssSelector("#action-" + action + " button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.urlContains("done=" + action));
	}

	/** Photographs the whole page at a laptop's width (for the documentation). */
	private void fullPage(String name) throws IOException {
		Number height = (Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollHeight");
		this.chromium.resize(1366, Math.min(height.intValue() + 40, 6000));
		this.chromium.shot(name);
		this.chromium.resize(1366, 900);
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.id(id)));
	}

	/**
	 * As {@link #shots(String)}, with the element of that id scrolled into view at each
	 * width.
	 */
	private void shots(String name, String id) throws IOException {
		scrollTo(id);
		this.chromium.shot(name + "-laptop");
		this.chromium.resize(390, 844);
		scrollTo(id);
		this.chromium.shot(name + "-phone");
		this.chromium.resize(1366, 900);
		noErrorLogged();
	}

	/**
	 * Photographs the page at a laptop's width and at a phone's, and checks that nothing
	 * broke the content security policy or logged a script error.
	 */
	private void shots(String name) throws IOException {
		this.chromium.shot(name + "-laptop");
		this.chromium.resize(390, 844);
		this.chromium.shot(name + "-phone");
		this.chromium.resize(1366, 900);
		noErrorLogged();
	}

	private void noErrorLogged() {
		List<LogEntry> refused = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			// a form refused (400, 409, 412) is a page the design answers, not an error
			.filter(entry -> !entry.getMessage().matches(".*/app/[^ ]* - Failed to load resource: .* (400|409|412) .*"))
			.toList();
		assertThat(refused).as("nothing refused by the content security policy, no script error").isEmpty();
	}

}

package vn.dost.registry.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.HeadlessChromium;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.ocop.OcopTestData;
import vn.dost.registry.reports.PdfReading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desks' journeys in a real headless Chromium: an officer imports a spreadsheet with
 * a bad row, sees the problem beside the row, fixes the file and imports it; downloads
 * the provincial summary as a PDF (read back); a cooperative signs in and sees only its
 * own titles. The last step of each is saved at a laptop's and a phone's width under
 * {@code target/workspace-screenshots/}. Skipped, saying why, where Chromium or its
 * driver is not installed.
 */
@RegistryIntegrationTest
class DeskJourneysBrowserTests {

	private static final Path SHOTS = Path.of("target", "workspace-screenshots");

	private static final String HEADER = "Loại văn bằng,Tên,Sản phẩm,Nhóm sản phẩm,Nhóm Nice,Tỉnh,Số đơn,Ngày nộp đơn,"
			+ "Số văn bằng,Ngày cấp,Trạng thái,Chủ văn bằng,Loại chủ văn bằng";

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private Path files;

	@BeforeEach
	void startBrowser() throws IOException {
		this.chromium = HeadlessChromium.start(1366, 900, SHOTS);
		this.browser = this.chromium.driver();
		this.files = Files.createTempDirectory("desk-journeys");
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
		if (this.files != null) {
			try (Stream<Path> made = Files.list(this.files)) {
				for (Path file : made.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(this.files);
		}
	}

	@Test
	void officerImportsASpreadsheetWithABadRowFixesItAndImportsIt() throws IOException {
		TestUsers.officer(this.client, "ws-journey-import", "Quảng Trị");
		int serial = TestData.serial();
		String good = row("Hồ tiêu Gio Linh " + serial, serial, "20/05/2021");
		Path bad = write("ho-tieu.csv", good, row("Hồ tiêu Cam Lộ " + serial, serial + 1, "31/02/2021"));
		signIn("ws-journey-import", TestUsers.PASSWORD);

		open("/app/imports");
		this.browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
		this.browser.findElement(By.id("check")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("rejected")));
		WebElement problem = this.browser.findElement(By.cssSelector(".row-problems[data-row='3']"));
		assertThat(problem.findElement(By.cssSelector("ul.problems")).getText())
			.isEqualTo("Ngày cấp: \"31/02/2021\" không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd).");
		assertThat(problem.findElement(By.cssSelector("td.bad")).getText()).startsWith("31/02/2021");
		this.chromium.shot("desks-import-1-problem");

		Path fixed = write("ho-tieu-da-sua.csv", good, row("Hồ tiêu Cam Lộ " + serial, serial + 1, "28/02/2021"));
		this.browser.findElement(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
		this.browser.findElement(By.id("check")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("ready")));
		assertThat(this.browser.findElement(By.id("ready")).getText()).contains("Không có lỗi", "tạo mới 2");
		this.browser.findElement(By.id("confirm")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(this.browser.findElement(By.id("done")).getText()).contains("ho-tieu-da-sua.csv", "tạo mới 2");
		assertThat(this.browser.findElement(By.cssSelector("#past-imports tr.highlight")).getText())
			.contains("Hoàn tất");
		shots("desks-import-2-done");
		assertNothingRefused();
	}

	@Test
	void officerDownloadsTheProvincialSummaryAsAPdf() throws IOException {
		TestUsers.officer(this.client, "ws-journey-report", "Khánh Hòa");
		this.browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", this.files.toAbsolutePath().toString()));
		signIn("ws-journey-report", TestUsers.PASSWORD);

		open("/app/reports");
		assertThat(new Select(this.browser.findElement(By.id("province"))).getFirstSelectedOption().getText())
			.isEqualTo("Khánh Hòa");
		this.browser.findElement(By.id("number")).sendKeys("42");
		this.browser.findElement(By.id("signer")).sendKeys("Lê Thị Thu");
		this.chromium.shot("desks-report-1-form");
		this.browser.findElement(By.id("download")).click();

		Path pdf = downloaded(".pdf");
		assertThat(pdf.getFileName().toString()).isEqualTo("Báo cáo Khánh Hòa 2026-06-15.pdf");
		String text = String.join("\n", PdfReading.of(Files.readAllBytes(pdf)).pageTexts());
		assertThat(text).contains("UBND TỈNH KHÁNH HÒA", "Số: 42/BC-SKHCN", "Lê Thị Thu", "tỉnh Khánh Hòa");
		shots("desks-report-2-downloaded");
		assertNothingRefused();
	}

	@Test
	void cooperativeSignsInAndSeesOnlyItsOwnTitles() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String ownName = "Hợp tác xã Nước mắm Cửa Việt " + TestData.serial();
		String own = TestData.holder(admin, ownName, "Quảng Trị");
		String other = TestData.holder(admin, "Hợp tác xã Gạo Triệu Phong " + TestData.serial(), "Quảng Trị");
		Map<String, Object> first = TestData.create(admin,
				named(TestData.grantedMark(own, "Quảng Trị", LocalDate.of(2016, 8, 1)), "Nước mắm Cửa Việt"));
		Map<String, Object> second = TestData.create(admin,
				named(TestData.markFiling(own, "Quảng Trị"), "Mắm ruốc Cửa Việt"));
		// both expire within the deadline desk's three months: only the cooperative's own
		// may show
		Map<String, Object> notOwn = TestData.create(admin,
				named(TestData.grantedMark(other, "Quảng Trị", LocalDate.of(2016, 7, 25)), "Gạo Triệu Phong"));
		Map<String, Object> ownProduct = product(admin, own, "Nước mắm nhĩ Cửa Việt");
		Map<String, Object> otherProduct = product(admin, other, "Gạo ST25 Triệu Phong");
		String username = "htx-cua-viet-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		signIn(username, TestUsers.PASSWORD);

		assertThat(this.browser.findElement(By.id("scope")).getText()).isEqualTo("Văn bằng của tổ chức bạn");
		assertThat(this.browser.findElement(By.id("count-total")).getText()).isEqualTo("2");
		this.browser.findElement(By.linkText("Tổ chức của tôi")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("titles")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(ownName);
		List<String> titles = this.browser.findElements(By.cssSelector("#titles tbody td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(titles).containsExactlyInAnyOrder((String) first.get("name"), (String) second.get("name"));
		assertThat(this.browser.findElements(By.id("edit"))).isEmpty();
		shots("desks-cooperative-own-titles");

		navigate("/app/ocop-products");
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("products")));
		assertThat(this.browser.findElements(By.cssSelector("#products tbody td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList()).containsExactly((String) ownProduct.get("name"));
		assertThat(this.browser.findElements(By.id("new-product"))).isEmpty();

		navigate("/app/deadlines");
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("deadlines")));
		assertThat(this.browser.findElement(By.id("scope")).getText())
			.isEqualTo("Văn bằng và sản phẩm của tổ chức bạn");
		String desk = this.browser.findElement(By.id("deadlines")).getText();
		assertThat(desk).contains((String) first.get("name")).doesNotContain((String) notOwn.get("name"));
		shots("desks-cooperative-own-deadlines");
		assertNothingRefused();

		open("/app/holders/" + other);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
		assertThat(this.browser.getPageSource()).doesNotContain((String) notOwn.get("name"));
		open("/app/ocop-products/" + otherProduct.get("id"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
	}

	@Test
	void officerOpensTheDeadlineDeskAndMakesItsCalendarFeedAddress() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Chè Khe Sanh " + TestData.serial(), "Quảng Trị");
		// expires 01/08/2026, 47 days after the test clock's day
		Map<String, Object> title = TestData.create(admin,
				named(TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2016, 8, 1)), "Chè Khe Sanh"));
		TestUsers.officer(this.client, "ws-journey-deadlines", "Quảng Trị");
		signIn("ws-journey-deadlines", TestUsers.PASSWORD);

		navigate("/app/deadlines");
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("deadlines")));
		WebElement row = this.browser
			.findElement(By.xpath("//table[@id='deadlines']//tr[.//a[text()='" + title.get("name") + "']]"));
		assertThat(row.getText()).contains("01/08/2026", "còn 47 ngày", "Nhãn hiệu hết hạn");
		this.browser.findElement(By.id("new-feed")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("feed-url")));
		String feed = this.browser.findElement(By.id("feed-url")).getAttribute("value");
		assertThat(feed).contains("/api/v1/deadlines.ics?token=");
		// the address is made with the public base address; its path and query are asked
		// here
		String calendar = new String(TestData.download(this.client, feed.substring(feed.indexOf("/api/"))),
				StandardCharsets.UTF_8);
		assertThat(calendar).contains("BEGIN:VCALENDAR", (String) title.get("name"));
		this.browser.executeScript("document.getElementById('calendar').scrollIntoView()");
		shots("desks-deadlines-feed");
		assertNothingRefused();
	}

	@Test
	void administratorCreatesAnOfficerAndACooperativeAccountResetsAPasswordAndDisablesOne() throws IOException {
		String organisation = "Hợp tác xã Bưởi Phúc Trạch " + TestData.serial();
		String holder = TestData.holder(TestUsers.admin(this.client), organisation, "Hà Tĩnh");
		String officer = "can.bo." + TestData.serial();
		String cooperative = "htx.buoi." + TestData.serial();
		signIn("admin", TestUsers.ADMIN_PASSWORD);

		navigate("/app/users");
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("users")));
		this.browser.findElement(By.id("new-user")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		newAccount(officer, "mat-khau-can-bo-1");
		this.browser.findElement(By.id("role-OFFICER")).click();
		province("Quảng Trị").click();
		province("Hà Tĩnh").click();
		this.browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(officer);
		assertThat(this.browser.findElements(By.cssSelector("input[name=provinces]:checked"))
			.stream()
			.map(box -> box.getAttribute("value"))
			.toList()).containsExactlyInAnyOrder("Quảng Trị", "Hà Tĩnh");

		this.browser.findElement(By.cssSelector("#password-form #password")).sendKeys("mat-khau-moi-2");
		this.browser.findElement(By.cssSelector("#password-form #passwordAgain")).sendKeys("mat-khau-moi-2");
		this.browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.textToBe(By.id("saved"), "Đã đặt mật khẩu mới."));
		assertThat(WorkspaceClient.signedIn(this.client, officer, "mat-khau-moi-2").get("/app").status())
			.isEqualTo(200);

		// the disable form's token taken out in the page: the post is refused and the
		// account stays open
		this.browser.executeScript("document.querySelector('#disable-form input[name=_csrf]').remove()");
		this.browser.findElement(By.id("disable-button")).click();
		this.chromium.arrived(ExpectedConditions.textToBe(By.tagName("h1"), "Biểu mẫu đã hết hạn"));
		this.chromium.shot("desks-users-form-without-token");
		assertThat(severe()).singleElement().asString().contains("/disabled", "403");
		open("/app/users/" + officer);
		assertThat(this.browser.findElement(By.id("account-state")).getText()).isEqualTo("Đang hoạt động");
		this.browser.findElement(By.id("disable-button")).click();
		this.chromium.arrived(ExpectedConditions.textToBe(By.id("account-state"), "Đã khóa"));
		WorkspaceClient refused = new WorkspaceClient(this.client);
		refused.get("/app/login");
		assertThat(refused.post("/app/login", Map.of("username", officer, "password", "mat-khau-moi-2")).location())
			.endsWith("/app/login?error");

		open("/app/users/new");
		newAccount(cooperative, "mat-khau-htx-1");
		this.browser.findElement(By.id("role-HOLDER")).click();
		this.browser.findElement(By.id("holderName")).sendKeys(organisation);
		this.browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		assertThat(this.browser.findElement(By.id("holderName")).getAttribute("value")).isEqualTo(organisation);
		assertThat(WorkspaceClient.signedIn(this.client, cooperative, "mat-khau-htx-1")
			.get("/app/holders/" + holder)
			.status()).isEqualTo(200);

		shots("desks-users-cooperative");
		open("/app/users");
		this.chromium.shot("desks-users");
		assertNothingRefused();
	}

	private void signIn(String username, String password) {
		open("/app/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("section.login button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
	}

	/** Follows the main navigation's entry for a desk. */
	private void navigate(String href) {
		this.browser.findElement(By.cssSelector("nav.main-nav a[href='" + href + "']")).click();
	}

	private void newAccount(String username, String password) {
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("passwordAgain")).sendKeys(password);
	}

	private WebElement province(String name) {
		return this.browser.findElement(
				By.xpath("//fieldset[contains(@class,'provinces')]//label[span[text()='" + name + "']]/input"));
	}

	private static Map<String, Object> product(WebTestClient admin, String holderId, String name) {
		Map<String, Object> body = OcopTestData.withHolder(
				OcopTestData.product(name + " " + TestData.serial(), "Quảng Trị", 4, LocalDate.of(2025, 4, 1)),
				holderId);
		return Map.of("id", OcopTestData.create(admin, body), "name", body.get("name"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	/**
	 * The page at a laptop's width, then at a phone's (the window left at a laptop's).
	 */
	private void shots(String name) throws IOException {
		this.chromium.shot(name + "-laptop");
		this.chromium.resize(390, 844);
		this.chromium.shot(name + "-phone");
		this.chromium.resize(1366, 900);
	}

	private Path downloaded(String extension) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(driver -> {
			try (Stream<Path> found = Files.list(this.files)) {
				return found.filter(file -> file.toString().endsWith(extension)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	private void assertNothingRefused() {
		assertThat(severe()).as("nothing refused by the content security policy, no script error").isEmpty();
	}

	/** The browser's errors logged since the last look (looking empties the log). */
	private List<String> severe() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private Path write(String name, String... rows) throws IOException {
		return Files.writeString(this.files.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n",
				StandardCharsets.UTF_8);
	}

	private static String row(String name, int serial, String grantDate) {
		return String.join(",", "nhãn hiệu tập thể", name, "Hạt tiêu", "FOOD", "30", "Quảng Trị", "4-2019-" + serial,
				"10/03/2019", "4-" + String.format("%07d", serial) + "-000", grantDate, "GRANTED",
				"Hợp tác xã Hồ tiêu " + serial, "COOPERATIVE");
	}

	private static Map<String, Object> named(Map<String, Object> body, String name) {
		body.put("name", name + " " + TestData.serial());
		return body;
	}

}

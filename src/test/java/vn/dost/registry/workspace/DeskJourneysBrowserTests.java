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
		Map<String, Object> notOwn = TestData.create(admin,
				named(TestData.grantedMark(other, "Quảng Trị", LocalDate.of(2017, 1, 9)), "Gạo Triệu Phong"));
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
		assertNothingRefused();

		open("/app/holders/" + other);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
		assertThat(this.browser.getPageSource()).doesNotContain((String) notOwn.get("name"));
	}

	private void signIn(String username, String password) {
		open("/app/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("section.login button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
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
		List<LogEntry> refused = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(refused).as("nothing refused by the content security policy, no script error").isEmpty();
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

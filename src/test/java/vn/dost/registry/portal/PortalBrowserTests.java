package vn.dost.registry.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal in a real headless Chromium, as a visitor uses it without JavaScript help
 * from us: search without accents, filter, open a record, switch to English; check a
 * producer from a title's page. A screenshot of each step goes to
 * {@code target/portal-screenshots/}. Skipped, saying why, where Chromium or its driver
 * is not installed.
 */
@RegistryIntegrationTest
class PortalBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SHOTS = Path.of("target", "portal-screenshots");

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	private WebDriver browser;

	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)");
		assumeTrue(Files.isExecutable(DRIVER),
				"chromedriver is not installed at " + DRIVER + " (apt-get install chromium-driver)");
		// The system driver, named outright: Selenium Manager is never asked to download
		// one.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
		this.profile = Files.createTempDirectory("portal-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1100,1400", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		Files.createDirectories(SHOTS);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void searchesFiltersOpensARecordAndSwitchesToEnglish() throws IOException {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Sầu riêng Khánh Sơn");

		this.browser.get("http://localhost:" + this.port + "/portal");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tra cứu văn bằng bảo hộ");
		shot("1-portal");

		this.browser.findElement(By.id("q")).sendKeys("sau rieng khanh son " + f.word());
		this.browser.findElement(By.cssSelector(".query button[type=submit]")).click();
		// a click starts the navigation; the old page may still answer until the new one
		// has loaded
		arrived(ExpectedConditions.urlContains("q=sau+rieng"));
		assertThat(this.browser.findElement(By.id("result-count")).getText()).isEqualTo("Tìm thấy 1 văn bằng");
		shot("2-search-without-accents");

		new Select(this.browser.findElement(By.id("type"))).selectByValue("COLLECTIVE_MARK");
		new Select(this.browser.findElement(By.id("province"))).selectByValue("Quảng Trị");
		this.browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
		arrived(ExpectedConditions.urlContains("type=COLLECTIVE_MARK"));
		assertThat(this.browser.findElement(By.id("result-count")).getText()).isEqualTo("Tìm thấy 1 văn bằng");
		shot("3-filtered");

		this.browser.findElement(By.cssSelector("a.title")).click();
		arrived(ExpectedConditions.urlContains("/portal/registrations/"));
		assertThat(this.browser.findElement(By.id("record-name")).getText()).isEqualTo(f.publicName());
		assertThat(this.browser.findElement(By.id("record-status")).getText()).isEqualTo("Còn hiệu lực");
		shot("4-record");

		this.browser.findElement(By.id("lang-switch")).click();
		arrived(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(this.browser.findElement(By.id("record-status")).getText()).isEqualTo("In force");
		assertThat(this.browser.findElement(By.id("facts-heading")).getText()).isEqualTo("Title details");
		shot("5-record-in-english");
	}

	@Test
	void checksAProducerFromATitlesPageToTheVerdictInLargeType() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội Nước mắm Phú Quốc " + TestData.serial(), "Khánh Hòa");
		String titleId = (String) AuthorisedUserFixtures.publicIndication(admin, holder, "Nước mắm", "Phú Quốc")
			.get("id");
		String word = AuthorisedUserFixtures.word();
		String code = "PQ-" + TestData.serial();
		AuthorisedUserFixtures.add(admin, titleId,
				AuthorisedUserFixtures.user("Công ty Nước mắm Hưng Thành " + word, code));

		this.browser.get("http://localhost:" + this.port + "/portal/registrations/" + titleId);
		this.browser.findElement(By.id("check-title")).click();
		arrived(ExpectedConditions.urlContains("/portal/check?titleId="));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Tra cứu tổ chức, cá nhân được sử dụng chỉ dẫn địa lý / nhãn hiệu");
		this.browser.findElement(By.id("q")).sendKeys("nuoc mam hung thanh " + word);
		this.browser.findElement(By.cssSelector(".query button[type=submit]")).click();
		arrived(ExpectedConditions.urlContains("q=nuoc"));
		assertThat(this.browser.findElement(By.id("result-count")).getText()).isEqualTo("Tìm thấy 1 tổ chức, cá nhân");
		shot("6-producer-lookup");

		this.browser.findElement(By.cssSelector("a.user")).click();
		arrived(ExpectedConditions.urlContains("/portal/check/" + titleId + "/" + code));
		WebElement verdict = this.browser.findElement(By.cssSelector("#verdict .verdict-word"));
		assertThat(verdict.getText()).isEqualTo("ĐƯỢC PHÉP SỬ DỤNG");
		assertThat(this.browser.findElement(By.id("user-code")).getText()).isEqualTo(code);
		assertThat(pixels(verdict.getCssValue("font-size")))
			.isGreaterThan(2 * pixels(this.browser.findElement(By.tagName("body")).getCssValue("font-size")));
		shot("7-verdict");
	}

	private static double pixels(String cssSize) {
		return Double.parseDouble(cssSize.replace("px", ""));
	}

	/**
	 * Waits (10 s at most, else fails) until the page the last click asked for is the one
	 * shown.
	 */
	private void arrived(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	private void shot(String name) throws IOException {
		File taken = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(taken.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}

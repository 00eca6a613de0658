package vn.dost.registry.portal;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.HeadlessChromium;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real headless Chromium, as a visitor uses it without JavaScript help
 * from us: search without accents, filter, open a record, switch to English; check a
 * producer from a title's page to its verdict. A screenshot of each step goes to
 * {@code target/portal-screenshots/}. Skipped, saying why, where Chromium or its driver
 * is not installed.
 */
@RegistryIntegrationTest
class PortalBrowserTests {

	private static final Path SHOTS = Path.of("target", "portal-screenshots");

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		this.chromium = HeadlessChromium.start(1100, 1400, SHOTS);
		this.browser = this.chromium.driver();
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void searchesFiltersOpensARecordAndSwitchesToEnglish() throws IOException {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Sầu riêng Khánh Sơn");

		this.browser.get("http://localhost:" + this.port + "/portal");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tra cứu văn bằng bảo hộ");
		this.chromium.shot("1-portal");

		this.browser.findElement(By.id("q")).sendKeys("sau rieng khanh son " + f.word());
		this.browser.findElement(By.cssSelector(".query button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.urlContains("q=sau+rieng"));
		assertThat(this.browser.findElement(By.id("result-count")).getText()).isEqualTo("Tìm thấy 1 văn bằng");
		this.chromium.shot("2-search-without-accents");

		new Select(this.browser.findElement(By.id("type"))).selectByValue("COLLECTIVE_MARK");
		new Select(this.browser.findElement(By.id("province"))).selectByValue("Quảng Trị");
		this.browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.urlContains("type=COLLECTIVE_MARK"));
		assertThat(this.browser.findElement(By.id("result-count")).getText()).isEqualTo("Tìm thấy 1 văn bằng");
		this.chromium.shot("3-filtered");

		this.browser.findElement(By.cssSelector("a.title")).click();
		this.chromium.arrived(ExpectedConditions.urlContains("/portal/registrations/"));
		assertThat(this.browser.findElement(By.id("record-name")).getText()).isEqualTo(f.publicName());
		assertThat(this.browser.findElement(By.id("record-status")).getText()).isEqualTo("Còn hiệu lực");
		this.chromium.shot("4-record");

		this.browser.findElement(By.id("lang-switch")).click();
		this.chromium.arrived(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(this.browser.findElement(By.id("record-status")).getText()).isEqualTo("In force");
		assertThat(this.browser.findElement(By.id("facts-heading")).getText()).isEqualTo("Title details");
		this.chromium.shot("5-record-in-english");
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
		this.chromium.arrived(ExpectedConditions.urlContains("/portal/check?titleId="));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Tra cứu tổ chức, cá nhân được sử dụng chỉ dẫn địa lý / nhãn hiệu");
		this.browser.findElement(By.id("q")).sendKeys("nuoc mam hung thanh " + word);
		this.browser.findElement(By.cssSelector(".query button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.urlContains("q=nuoc"));
		assertThat(this.browser.findElement(By.id("result-count")).getText()).isEqualTo("Tìm thấy 1 tổ chức, cá nhân");
		this.chromium.shot("6-producer-lookup");

		this.browser.findElement(By.cssSelector("a.user")).click();
		this.chromium.arrived(ExpectedConditions.urlContains("/portal/check/" + titleId + "/" + code));
		WebElement verdict = this.browser.findElement(By.cssSelector("#verdict .verdict-word"));
		assertThat(verdict.getText()).isEqualTo("ĐƯỢC PHÉP SỬ DỤNG");
		assertThat(this.browser.findElement(By.id("user-code")).getText()).isEqualTo(code);
		assertThat(pixels(verdict.getCssValue("font-size")))
			.isGreaterThan(2 * pixels(this.browser.findElement(By.tagName("body")).getCssValue("font-size")));
		this.chromium.shot("7-verdict");
	}

	private static double pixels(String cssSize) {
		return Double.parseDouble(cssSize.replace("px", ""));
	}

}

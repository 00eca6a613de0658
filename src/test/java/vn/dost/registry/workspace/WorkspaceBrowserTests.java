package vn.dost.registry.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.HeadlessChromium;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace in a real headless Chromium: an officer signs in and reaches the
 * dashboard, at a laptop's width and at a phone's, with htmx loaded and no content
 * security policy violation. Screenshots go to {@code target/workspace-screenshots/}.
 * Skipped, saying why, where Chromium or its driver is not installed.
 */
@RegistryIntegrationTest
class WorkspaceBrowserTests {

	private static final Path SHOTS = Path.of("target", "workspace-screenshots");

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private WebDriver browser;

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
	void officerSignsInAndReachesTheDashboard() throws IOException {
		TestUsers.officer(this.client, "ws-browser", "Quảng Trị");
		this.browser.get("http://localhost:" + this.port + "/app");
		this.chromium.arrived(ExpectedConditions.urlContains("/app/login"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
		this.chromium.shot("1-login");

		this.browser.findElement(By.id("username")).sendKeys("ws-browser");
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		this.browser.findElement(By.cssSelector("section.login button[type=submit]")).click();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("counts")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
		assertThat(this.browser.findElement(By.id("scope")).getText()).isEqualTo("Quảng Trị");
		assertThat(this.browser.findElement(By.cssSelector("nav.main-nav a[aria-current=page]")).getText())
			.isEqualTo("Tổng quan");
		assertThat(this.browser.findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();
		assertThat(((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("return typeof htmx"))
			.as("htmx loaded from the workspace's own address")
			.isEqualTo("object");
		this.chromium.shot("2-dashboard-laptop");

		this.chromium.resize(390, 844);
		this.chromium.shot("3-dashboard-phone");

		List<LogEntry> refused = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(refused).as("nothing refused by the content security policy, no script error").isEmpty();
	}

}

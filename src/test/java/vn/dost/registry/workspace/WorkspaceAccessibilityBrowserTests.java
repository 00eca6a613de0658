package vn.dost.registry.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.HeadlessChromium;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace's pages checked by Deque's axe-core in a real headless Chromium: no
 * serious or critical violation (labels, contrast, landmarks, names of links and buttons)
 * on any page of {@link #screens()}, signed out or as an officer, also with a form's
 * field messages showing; and the skip link and a form used with the keyboard alone.
 * Skipped, saying why, where Chromium is missing.
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceAccessibilityBrowserTests {

	private static final Path SHOTS = Path.of("target", "workspace-screenshots");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final String OFFICER = "ws-a11y";

	private static final String ADMIN = "ws-a11y-admin";

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	/** The ids a screen's address may name, as {@code {title}} or {@code {holder}}. */
	private Map<String, String> ids;

	/**
	 * Every page the accessibility check walks: add a page here when the workspace gets
	 * one. {@code {title}}, {@code {holder}} and {@code {product}} stand for a granted
	 * mark of the officer's province (with an authorised user and an OCOP product), its
	 * holder and the product.
	 */
	Stream<Screen> screens() {
		return Stream.of(Screen.signedOut("login", "/app/login"), Screen.of("dashboard", "/app"),
				Screen.of("registrations", "/app/registrations"),
				Screen.of("registrations-filtered", "/app/registrations?type=COLLECTIVE_MARK&status=GRANTED"),
				Screen.of("record", "/app/registrations/{title}"),
				Screen.of("record-action-form", "/app/registrations/{title}")
					.then(Screen.opening("#actions details.action > summary")),
				Screen.of("record-user-form", "/app/registrations/{title}").then(Screen.opening("#add-user > summary")),
				Screen.of("new", "/app/registrations/new"),
				Screen.of("new-refused", "/app/registrations/new").then(Screen.SUBMIT),
				Screen.of("edit", "/app/registrations/{title}/edit"),
				Screen.of("delete", "/app/registrations/{title}/delete"), Screen.of("not-found", "/app/no-such-page"),
				Screen.of("holders", "/app/holders"), Screen.of("holder", "/app/holders/{holder}"),
				Screen.of("holder-new", "/app/holders/new"), Screen.of("ocop-products", "/app/ocop-products"),
				Screen.of("ocop-product", "/app/ocop-products/{product}"),
				Screen.of("ocop-product-new", "/app/ocop-products/new"), Screen.of("imports", "/app/imports"),
				Screen.of("reports", "/app/reports"), Screen.of("deadlines", "/app/deadlines"),
				Screen.asAdmin("users", "/app/users"), Screen.asAdmin("user-new", "/app/users/new"),
				Screen.asAdmin("user", "/app/users/" + OFFICER),
				Screen.asAdmin("user-new-refused", "/app/users/new").then(Screen.SUBMIT),
				Screen.asAdmin("audit", "/app/audit"),
				// last: the language chosen is remembered
				Screen.of("dashboard-en", "/app?lang=en"));
	}

	@BeforeAll
	void startBrowserWithATitle() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		TestUsers.officer(this.client, OFFICER, "Vĩnh Long");
		TestUsers.administrator(this.client, ADMIN);
		String holder = TestData.holder(admin, "Hội nông dân xã Cái Mơn", "Bến Tre");
		Map<String, Object> mark = TestData.grantedMark(holder, "Bến Tre", LocalDate.of(2018, 4, 2));
		mark.put("name", "Sầu riêng Cái Mơn");
		String title = (String) TestData.create(admin, mark).get("id");
		TestData.created(admin, "/api/v1/registrations/" + title + "/authorised-users",
				Map.of("name", "Hợp tác xã sầu riêng Vĩnh Thành", "grantedOn", "2024-05-02", "code", "VT-01"));
		String product = (String) TestData
			.created(admin, "/api/v1/ocop-products", Map.of("name", "Sầu riêng Ri6 Cái Mơn", "province", "Bến Tre",
					"productGroup", "FOOD", "stars", 4, "certifiedOn", "2025-03-12", "registrationIds", List.of(title)))
			.get("id");
		this.ids = Map.of("title", title, "holder", holder, "product", product);
		this.chromium = HeadlessChromium.start(1366, 900, SHOTS);
		this.browser = this.chromium.driver();
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("screens")
	void pageHasNoSeriousOrCriticalViolation(Screen screen) throws IOException {
		switch (screen.who()) {
			case SIGNED_OUT -> this.browser.manage().deleteAllCookies();
			case OFFICER -> signIn();
			case ADMIN -> signIn(ADMIN);
		}
		open(screen.path(this.ids));
		screen.then().accept(this.browser);
		assertThat(blockingViolations(screen.name())).as("axe on %s", screen.name()).isEmpty();
	}

	@Test
	void checkFindsAnInputWithoutALabel() {
		signIn();
		open("/app");
		((JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('main').appendChild(document.createElement('input'))");
		assertThat(blockingViolations("dashboard with an unlabelled input")).anyMatch(rule -> rule.contains(" label:"));
	}

	@Test
	void skipLinkIsTheFirstStopAndLeadsIntoTheContent() {
		signIn();
		open("/app");
		press(Keys.TAB);
		WebElement skip = active();
		assertThat(skip.getAttribute("class")).isEqualTo("skip");
		assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
		assertThat(outline(skip)).as("focus is visible").isNotEqualTo("none");
		press(Keys.ENTER);
		press(Keys.TAB);
		assertThat(((JavascriptExecutor) this.browser)
			.executeScript("return document.getElementById('main').contains(document.activeElement)"))
			.as("after the skip link, the next stop is in the content, past the navigation")
			.isEqualTo(true);
	}

	@Test
	void signInIsDoneByKeyboardAlone() {
		this.browser.manage().deleteAllCookies();
		open("/app/login");
		assertThat(active().getAttribute("id")).as("the user name box has the focus").isEqualTo("username");
		assertThat(outline(active())).as("focus is visible").isNotEqualTo("none");
		new Actions(this.browser).sendKeys(OFFICER)
			.sendKeys(Keys.TAB)
			.sendKeys(TestUsers.PASSWORD)
			.sendKeys(Keys.ENTER)
			.perform();
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
	}

	@Test
	void newTitleFormIsWalkedByKeyboardReachingEveryFieldAndSentWithEnter() {
		signIn();
		open("/app/registrations/new");
		press(Keys.TAB);
		assertThat(active().getAttribute("class")).isEqualTo("skip");
		press(Keys.ENTER);
		List<String> reached = new ArrayList<>();
		for (int i = 0; i < 80 && !"save".equals(active().getAttribute("id")); i++) {
			press(Keys.TAB);
			reached.add(active().getAttribute("id"));
			assertThat(outline(active())).as("focus on %s is visible", reached.get(reached.size() - 1))
				.isNotEqualTo("none");
		}
		List<String> fields = this.browser.findElements(By.cssSelector(
				"form.record-form input:not([type=hidden]), form.record-form select, " + "form.record-form textarea"))
			.stream()
			.map(field -> field.getAttribute("id"))
			.toList();
		assertThat(fields).isNotEmpty();
		assertThat(reached).as("every field is reached by the tab key, then the save button")
			.containsAll(fields)
			.endsWith("save");
		press(Keys.ENTER);
		this.chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
		assertThat(this.browser.findElement(By.id("form-errors")).getText()).isNotBlank();
	}

	private void signIn() {
		signIn(OFFICER);
	}

	/** Signs in as the user, unless the browser is signed in as that user already. */
	private void signIn(String username) {
		open("/app");
		List<WebElement> who = this.browser.findElements(By.cssSelector("#signed-in-user > span:first-child"));
		if (!who.isEmpty() && who.get(0).getText().equals(username)) {
			return;
		}
		this.browser.manage().deleteAllCookies();
		SignInPage.signIn(this.chromium, this.port, username);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void press(CharSequence key) {
		new Actions(this.browser).sendKeys(key).perform();
	}

	private WebElement active() {
		return this.browser.switchTo().activeElement();
	}

	private String outline(WebElement element) {
		return element.getCssValue("outline-style");
	}

	/**
	 * Runs axe on the page shown; answers its serious and critical violations, described.
	 */
	private List<String> blockingViolations(String page) {
		Results results = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze(this.browser);
		assertThat(results.getPasses()).as("axe ran its rules on %s", page).isNotEmpty();
		results.getViolations().forEach(rule -> System.out.println("axe " + page + ": " + described(rule)));
		return results.getViolations()
			.stream()
			.filter(rule -> BLOCKING.contains(rule.getImpact()))
			.map(WorkspaceAccessibilityBrowserTests::described)
			.toList();
	}

	private static String described(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getHtml()).toList();
	}

}

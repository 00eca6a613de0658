package vn.dost.registry.workspace;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.dost.registry.HeadlessChromium;
import vn.dost.registry.TestUsers;

/**
 * The workspace's sign-in page as the browser tests use it: the user signs in with the
 * tests' password and the test waits for the signed-in page.
 */
public final class SignInPage {

	private SignInPage() {
	}

	/** Opens {@code /app/login} on the server at the port and signs in as the user. */
	public static void signIn(HeadlessChromium chromium, int port, String username) {
		WebDriver browser = chromium.driver();
		browser.get("http://localhost:" + port + WorkspaceLinks.LOGIN);
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		browser.findElement(By.cssSelector("section.login button[type=submit]")).click();
		chromium.arrived(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
	}

}

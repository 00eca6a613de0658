package vn.dost.registry.workspace;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A workspace page the accessibility check opens: its address (with {@code {name}}
 * placeholders for ids made by the test), who sees it (signed out, an officer, an
 * administrator), and what to do on it before the check (e.g. send its form empty to show
 * the field messages).
 */
record Screen(String name, String address, Who who, Consumer<ChromeDriver> then) {

	/** Who opens the page. */
	enum Who {

		SIGNED_OUT, OFFICER, ADMIN

	}

	/** Sends the page's main form as it is (empty), so that its field messages show. */
	static final Consumer<ChromeDriver> SUBMIT = browser -> {
		browser.findElement(By.id("save")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error, #form-errors")));
	};

	/**
	 * Clicks the first element the CSS selector finds (e.g. a form's summary, to open
	 * it).
	 */
	static Consumer<ChromeDriver> opening(String selector) {
		return browser -> browser.findElement(By.cssSelector(selector)).click();
	}

	static Screen of(String name, String address) {
		return new Screen(name, address, Who.OFFICER, browser -> {
		});
	}

	static Screen signedOut(String name, String address) {
		return new Screen(name, address, Who.SIGNED_OUT, browser -> {
		});
	}

	/** A page only an administrator may open. */
	static Screen asAdmin(String name, String address) {
		return new Screen(name, address, Who.ADMIN, browser -> {
		});
	}

	Screen then(Consumer<ChromeDriver> action) {
		return new Screen(this.name, this.address, this.who, action);
	}

	String path(Map<String, String> ids) {
		String path = this.address;
		for (Map.Entry<String, String> id : ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		return path;
	}

	@Override
	public String toString() {
		return this.name;
	}

}

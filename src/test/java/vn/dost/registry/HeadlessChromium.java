package vn.dost.registry;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven by its chromedriver, as the browser tests use it; a
 * test that needs it is skipped, saying why, where either is not installed. Selenium
 * Manager is never asked to download a driver.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver browser;

	private final Path profile;

	private final Path shots;

	private HeadlessChromium(ChromeDriver browser, Path profile, Path shots) {
		this.browser = browser;
		this.profile = profile;
		this.shots = shots;
	}

	/**
	 * A new browser window of the given size, its screenshots going to {@code shots};
	 * skips the test where Chromium or its driver is missing.
	 */
	public static HeadlessChromium start(int width, int height, Path shots) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)");
		assumeTrue(Files.isExecutable(DRIVER),
				"chromedriver is not installed at " + DRIVER + " (apt-get install chromium-driver)");
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		Files.createDirectories(shots);
		return new HeadlessChromium(browser, profile, shots);
	}

	public ChromeDriver driver() {
		return this.browser;
	}

	/** Changes the window's size (e.g. to a phone's width). */
	public void resize(int width, int height) {
		this.browser.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * Waits (10 s at most, else fails) until the page the last click asked for is the one
	 * shown: a click starts a navigation, and the old page may still answer meanwhile.
	 */
	public void arrived(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	/** Saves a screenshot of the window as {@code <name>.png}. */
	public Path shot(String name) throws IOException {
		File taken = this.browser.getScreenshotAs(OutputType.FILE);
		Path saved = this.shots.resolve(name + ".png");
		Files.copy(taken.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
		return saved;
	}

	@Override
	public void close() throws IOException {
		this.browser.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}

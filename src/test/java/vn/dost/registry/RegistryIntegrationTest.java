package vn.dost.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, against a fresh embedded database (or the MongoDB
 * named by {@code MONGODB_URI}, in a database of its own), with a clock the tests
 * control. Every test class with this annotation shares one running service. The test
 * client counts as a proxy, so a test may act from another client address by sending
 * {@code X-Forwarded-For} (sign-in limits count per address).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.data-dir=target/test-data/${random.uuid}",
				"spring.mongodb.database=registry-test-${random.uuid}", "registry.security.bcrypt-strength=4",
				"registry.admin-password=" + TestUsers.ADMIN_PASSWORD, "registry.sweep.cron=-",
				"registry.embedded.compact-every=PT1H", "registry.security.trusted-proxies=127.0.0.1,::1",
				"registry.uploads.directory=" + RegistryIntegrationTest.UPLOADS, "registry.uploads.max-size=20MB",
				// Each test context would draw three 1,000-title summaries after start
				// (ReportWarmUpTests covers it).
				"registry.reports.warm-up.rounds=0" })
@AutoConfigureWebTestClient
@Import({ RegistryIntegrationTest.TestClockConfiguration.class, ApiDescriptionChecks.class })
public @interface RegistryIntegrationTest {

	/**
	 * Where the service keeps uploads while it reads them, so tests can see that none is
	 * left behind.
	 */
	String UPLOADS = "target/test-uploads";

	/** Replaces the system clock with one the tests move. */
	@TestConfiguration(proxyBeanMethods = false)
	class TestClockConfiguration {

		@Bean
		MutableClock clock() {
			return new MutableClock();
		}

	}

}

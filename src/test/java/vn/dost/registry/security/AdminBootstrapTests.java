package vn.dost.registry.security;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-start rule on the real application, started twice on the same data directory:
 * an administrator is created only when there is no user at all, and a generated password
 * is logged once and never again.
 */
@ExtendWith(OutputCaptureExtension.class)
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
		disabledReason = "relies on the embedded database's directory")
class AdminBootstrapTests {

	private static final Pattern GENERATED = Pattern.compile("generated password (\\S+)");

	@Test
	void firstStartWithoutConfiguredPasswordLogsAGeneratedOneOnceAndKeepsIt(CapturedOutput output) {
		String dataDir = dataDir();
		String password;
		try (ConfigurableApplicationContext first = start(dataDir, "")) {
			Matcher logged = GENERATED.matcher(output.getAll());
			assertThat(logged.find()).as("log names a generated password").isTrue();
			password = logged.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(16);
			assertThat(logged.find()).as("the password is logged once").isFalse();
			assertThat(status(first, "admin", password)).isEqualTo(200);
			assertThat(status(first, "admin", "admin")).isEqualTo(401);
		}
		int before = output.getAll().length();
		try (ConfigurableApplicationContext second = start(dataDir, "")) {
			String secondStart = output.getAll().substring(before);
			assertThat(secondStart).contains("Start-up tasks done")
				.doesNotContain("generated password")
				.doesNotContain(password);
			assertThat(status(second, "admin", password)).isEqualTo(200);
		}
	}

	@Test
	void firstStartTakesTheConfiguredPasswordAndLaterStartsDoNotChangeIt(CapturedOutput output) {
		String dataDir = dataDir();
		String chosen = "chosen-" + UUID.randomUUID();
		try (ConfigurableApplicationContext first = start(dataDir, chosen)) {
			assertThat(output.getAll()).contains("created user 'admin'")
				.doesNotContain("generated password")
				.doesNotContain(chosen);
			assertThat(status(first, "admin", chosen)).isEqualTo(200);
		}
		int before = output.getAll().length();
		String other = "other-" + UUID.randomUUID();
		try (ConfigurableApplicationContext second = start(dataDir, other)) {
			assertThat(output.getAll().substring(before)).contains("Start-up tasks done")
				.doesNotContain("created user 'admin'");
			assertThat(status(second, "admin", chosen)).isEqualTo(200);
			assertThat(status(second, "admin", other)).isEqualTo(401);
		}
	}

	private static String dataDir() {
		return "target/test-data/bootstrap-" + UUID.randomUUID();
	}

	/**
	 * Starts the whole application; the arguments take precedence over application.yml
	 * and the environment.
	 */
	private static ConfigurableApplicationContext start(String dataDir, String adminPassword) {
		return new SpringApplicationBuilder(RegistryApplication.class).registerShutdownHook(false)
			.run("--registry.data-dir=" + dataDir, "--server.port=0", "--registry.admin-password=" + adminPassword,
					"--registry.seed.enabled=false", "--registry.security.bcrypt-strength=4", "--registry.sweep.cron=-",
					"--registry.reports.warm-up.rounds=0", "--registry.embedded.compact-every=PT1H",
					"--spring.main.banner-mode=off");
	}

	private static int status(ConfigurableApplicationContext context, String username, String password) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri("/api/v1/users/admin")
			.headers(headers -> headers.setBasicAuth(username, password))
			.exchange()
			.expectBody()
			.returnResult()
			.getStatus()
			.value();
	}

}

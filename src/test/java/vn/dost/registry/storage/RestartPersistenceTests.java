package vn.dost.registry.storage;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryApplication;
import vn.dost.registry.TestData;
import vn.dost.registry.WarningLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps everything across restarts of the service, and the seed
 * data is loaded once, on the first start only; no start logs a warning or an error.
 * (Against a real MongoDB this is MongoDB's job, so the test needs the embedded one.)
 */
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
class RestartPersistenceTests {

	private static final String PASSWORD = "restart-test-password";

	private final String dataDir = "target/test-data/restart-" + UUID.randomUUID();

	@Test
	@SuppressWarnings("unchecked")
	void keepsRecordsHistoryAndSeedCountAcrossRestarts() {
		String[] id = new String[1];
		long[] total = new long[1];
		run(admin -> {
			String holder = TestData.holder(admin, "Hợp tác xã khởi động lại", "Quảng Trị");
			Map<String, Object> created = TestData.create(admin, TestData.markFiling(holder, "Quảng Bình"));
			id[0] = (String) created.get("id");
			admin.post()
				.uri("/api/v1/registrations/{id}/actions", id[0])
				.header("If-Match", "\"0\"")
				.bodyValue(Map.of("action", "ACCEPT", "date", "2020-04-01"))
				.exchange()
				.expectStatus()
				.isOk();
			total[0] = total(admin);
			assertThat(total[0]).isEqualTo(91);
		});
		for (int restart = 0; restart < 2; restart++) {
			run(admin -> {
				admin.get()
					.uri("/api/v1/registrations/{id}", id[0])
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.valueEquals("ETag", "\"1\"")
					.expectBody()
					.jsonPath("$.status")
					.isEqualTo("ACCEPTED")
					.jsonPath("$.currentProvince")
					.isEqualTo("Quảng Trị")
					.jsonPath("$.holderName")
					.isEqualTo("Hợp tác xã khởi động lại");
				admin.get()
					.uri("/api/v1/registrations/{id}/history", id[0])
					.exchange()
					.expectBody()
					.jsonPath("$.length()")
					.isEqualTo(2);
				assertThat(total(admin)).as("seed data is loaded once only").isEqualTo(total[0]);
				// the search index is rebuilt from the database at start
				admin.get()
					.uri("/api/v1/registrations?q=hop tac xa khoi dong lai&status=ACCEPTED")
					.exchange()
					.expectBody()
					.jsonPath("$.items[0].id")
					.isEqualTo(id[0])
					.jsonPath("$.totalItems")
					.isEqualTo(1);
			});
		}
	}

	/**
	 * Starts the service on the data directory, runs the scenario and stops it; neither
	 * the start (the first, with the seed data, or a later one) nor the scenario may log
	 * a warning or an error: what is expected is not alarming.
	 */
	private void run(Consumer<WebTestClient> scenario) {
		try (WarningLog warnings = new WarningLog();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
					.initializers(warnings)
					.run("--server.port=0", "--registry.data-dir=" + this.dataDir,
							"--registry.admin-password=" + PASSWORD, "--registry.security.bcrypt-strength=4",
							"--registry.sweep.cron=-", "--registry.reports.warm-up.rounds=0")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			WebTestClient admin = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.defaultHeaders(headers -> headers.setBasicAuth("admin", PASSWORD))
				.build();
			scenario.accept(admin);
			assertThat(warnings.lines()).as("warnings and errors logged").isEmpty();
		}
	}

	private static long total(WebTestClient admin) {
		long[] total = new long[1];
		admin.get()
			.uri("/api/v1/registrations?size=1")
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.value(count -> total[0] = ((Number) count).longValue());
		return total[0];
	}

}

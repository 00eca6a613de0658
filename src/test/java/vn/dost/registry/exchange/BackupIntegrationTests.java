package vn.dost.registry.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryApplication;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full backup restored into a second, empty registry gives back the same backup: every
 * holder, title with its history, OCOP product, user and import record.
 */
@RegistryIntegrationTest
class BackupIntegrationTests {

	private static final String TARGET_PASSWORD = "restore-target-password";

	/**
	 * The test reads whole backups: the shared registry holds every other test's records
	 * by then.
	 */
	private static final int BACKUP_MAX = 64 * 1024 * 1024;

	@Autowired
	WebTestClient client;

	/**
	 * Backups and restores are single requests doing much work: on a busy machine they
	 * exceed the default 5 s.
	 */
	@BeforeEach
	void allowSlowImports() {
		this.client = this.client.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(BACKUP_MAX))
			.build();
	}

	@Test
	void restoresABackupIntoAnEmptyRegistryAndBacksUpTheSameContent() throws Exception {
		WebTestClient admin = TestUsers.admin(this.client);
		String marker = "bak" + TestData.serial();
		List<List<String>> rows = List
			.of(ImportFiles.mark("Cam " + marker, "Quảng Trị", TestData.serial(), "Hợp tác xã " + marker));
		ImportFiles.upload(admin, ImportFiles.csv(rows, ',', false), "backup.csv", false, "vi").expectStatus().isOk();
		TestData.created(admin, "/api/v1/ocop-products", Map.of("name", "Mật ong " + marker, "province", "Quảng Trị",
				"productGroup", "FOOD", "stars", 3, "certifiedOn", "2025-03-12"));
		TestUsers.officer(this.client, "backup-officer", "Quảng Trị");
		String backup = backup(admin);
		List<String> lines = sortedLines(backup);
		assertThat(backup).doesNotContain("passwordHash").contains("backup-officer", marker, "\"seed-data\"");
		assertThat(lines).anyMatch(line -> line.contains("\"collection\": \"ocop_products\""))
			.anyMatch(line -> line.contains("\"collection\": \"imports\""));
		TestUsers.officer(this.client, "backup-officer", "Quảng Trị")
			.get()
			.uri("/api/v1/exports/full.jsonl")
			.exchange()
			.expectStatus()
			.isForbidden();

		try (ConfigurableApplicationContext target = emptyRegistry()) {
			int port = ((WebServerApplicationContext) target).getWebServer().getPort();
			WebTestClient targetAdmin = WebTestClient.bindToServer()
				.responseTimeout(Duration.ofSeconds(60))
				.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(BACKUP_MAX))
				.baseUrl("http://localhost:" + port)
				.defaultHeaders(headers -> headers.setBasicAuth("admin", TARGET_PASSWORD))
				.build();
			restore(targetAdmin, backup).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.restored.registrations")
				.isEqualTo(count(lines, "registrations"))
				.jsonPath("$.restored.holders")
				.isEqualTo(count(lines, "holders"));
			assertThat(sortedLines(backup(targetAdmin))).isEqualTo(lines);
			targetAdmin.get()
				.uri("/api/v1/registrations?q=cam " + marker)
				.exchange()
				.expectBody()
				.jsonPath("$.totalItems")
				.isEqualTo(1)
				.jsonPath("$.items[0].holderName")
				.isEqualTo("Hợp tác xã " + marker);
			restore(targetAdmin, backup).expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/restore-not-empty");
			restore(targetAdmin, "{\"format\": \"something else\"}\n").expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].row")
				.isEqualTo(1);
		}
	}

	private static long count(List<String> lines, String collection) {
		return lines.stream().filter(line -> line.startsWith("{\"collection\": \"" + collection + "\"")).count();
	}

	private static String backup(WebTestClient admin) {
		byte[] body = admin.get()
			.uri("/api/v1/exports/full.jsonl")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	/**
	 * The backup's lines in a fixed order: the database may hand documents out in any.
	 */
	private static List<String> sortedLines(String backup) {
		return Arrays.stream(backup.split("\n")).sorted().toList();
	}

	private static WebTestClient.ResponseSpec restore(WebTestClient admin, String backup) {
		return admin.post()
			.uri("/api/v1/imports/full")
			.contentType(MediaType.parseMediaType("application/jsonl"))
			.bodyValue(backup.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	private static ConfigurableApplicationContext emptyRegistry() {
		String run = UUID.randomUUID().toString();
		return new SpringApplicationBuilder(RegistryApplication.class).run("--server.port=0",
				"--registry.data-dir=target/test-data/restore-" + run,
				"--spring.mongodb.database=registry-restore-" + run, "--registry.admin-password=" + TARGET_PASSWORD,
				"--registry.security.bcrypt-strength=4", "--registry.sweep.cron=-", "--registry.seed.enabled=false");
	}

}

package vn.dost.registry.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryApplication;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full backup restored into a second, empty registry gives back the same backup: every
 * holder, title with its history, OCOP product, user (who signs in with the old password,
 * whose calendar feed token still works), import record and audit entry; a backup made
 * before accounts carried their hashes restores too.
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
	@SuppressWarnings("unchecked")
	void restoresABackupIntoAnEmptyRegistryWithAccountsThatSignInAndBacksUpTheSameContent() throws Exception {
		WebTestClient admin = TestUsers.admin(this.client);
		String marker = "bak" + TestData.serial();
		List<List<String>> rows = List
			.of(ImportFiles.mark("Cam " + marker, "Quảng Trị", TestData.serial(), "Hợp tác xã " + marker));
		String importId = (String) ImportFiles
			.upload(admin, ImportFiles.csv(rows, ',', false), "backup.csv", false, "vi")
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		admin.get()
			.uri("/api/v1/audit?action=IMPORTED&size=200")
			.exchange()
			.expectBody()
			.jsonPath("$.items[?(@.target == '" + importId + "')].details.fileName")
			.isEqualTo(List.of("backup.csv"));
		TestData.created(admin, "/api/v1/ocop-products", Map.of("name", "Mật ong " + marker, "province", "Quảng Trị",
				"productGroup", "FOOD", "stars", 3, "certifiedOn", "2025-03-12"));
		WebTestClient officer = TestUsers.officer(this.client, "backup-officer", "Quảng Trị");
		String token = (String) officer.post()
			.uri("/api/v1/deadlines/calendar-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("token");
		String backup = backup(admin);
		List<String> lines = sortedLines(backup);
		assertThat(backup)
			.contains("backup-officer", marker, "\"seed-data\"", "\"passwordHash\": \"$2a$", "calendarTokenHash")
			.doesNotContain(TestUsers.PASSWORD)
			.doesNotContain(TestUsers.ADMIN_PASSWORD)
			.doesNotContain(token);
		assertThat(lines).anyMatch(line -> line.contains("\"collection\": \"ocop_products\""))
			.anyMatch(line -> line.contains("\"collection\": \"imports\""))
			.anyMatch(line -> line.contains("\"collection\": \"audit\""));
		officer.get().uri("/api/v1/exports/full.jsonl").exchange().expectStatus().isForbidden();
		restore(officer, backup).expectStatus().isForbidden();

		try (ConfigurableApplicationContext target = emptyRegistry()) {
			int port = ((WebServerApplicationContext) target).getWebServer().getPort();
			WebTestClient targetClient = WebTestClient.bindToServer()
				.responseTimeout(Duration.ofSeconds(60))
				.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(BACKUP_MAX))
				.baseUrl("http://localhost:" + port)
				.build();
			WebTestClient targetAdmin = targetClient.mutate()
				.defaultHeaders(headers -> headers.setBasicAuth("admin", TARGET_PASSWORD))
				.build();
			WebTestClient targetOfficer = TestUsers.as(targetClient, "backup-officer");

			// A backup made before accounts carried their hashes still restores; its
			// users
			// come back without a password.
			restore(targetAdmin, withoutCredentials(backup)).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.accounts.withPassword")
				.isEqualTo(0)
				.jsonPath("$.restored.registrations")
				.isEqualTo(count(lines, "registrations"));
			targetOfficer.get().uri("/api/v1/registrations").exchange().expectStatus().isUnauthorized();
			emptyAgain(target);

			restore(targetAdmin, backup).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.restored.registrations")
				.isEqualTo(count(lines, "registrations"))
				.jsonPath("$.restored.holders")
				.isEqualTo(count(lines, "holders"))
				.jsonPath("$.accounts.users")
				.isEqualTo(count(lines, "users"))
				.jsonPath("$.accounts.withPassword")
				.isEqualTo(count(lines, "users"))
				.jsonPath("$.note")
				.value(note -> assertThat((String) note).contains("BCrypt", "ADMIN"));
			targetOfficer.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
			targetClient.get().uri("/api/v1/deadlines.ics?token={token}", token).exchange().expectStatus().isOk();

			List<String> again = sortedLines(backup(targetAdmin));
			// The target's own administrator kept its password, and its audit trail goes
			// on from the restored one. Documents compared as such: a user the first
			// restore brought may keep its fields in another order.
			assertThat(withoutAuditOrAdmin(again)).containsExactlyInAnyOrderElementsOf(withoutAuditOrAdmin(lines));
			assertThat(again)
				.containsAll(lines.stream().filter(line -> line.contains("\"collection\": \"audit\"")).toList());
			targetAdmin.get()
				.uri("/api/v1/audit?action=BACKUP_DOWNLOADED&actor=admin")
				.exchange()
				.expectBody()
				.jsonPath("$.totalItems")
				.value(count -> assertThat((Integer) count).isPositive());
			targetAdmin.get()
				.uri("/api/v1/audit?action=RESTORED")
				.exchange()
				.expectBody()
				.jsonPath("$.totalItems")
				.isEqualTo(2)
				.jsonPath("$.items[0].actor")
				.isEqualTo("admin");
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

	/**
	 * The backup as version 1 wrote it: no audit trail, users without password or
	 * calendar token hashes.
	 */
	private static String withoutCredentials(String backup) {
		StringBuilder old = new StringBuilder("{\"format\": \"ip-registry-backup\", \"version\": 1}\n");
		for (String line : backup.split("\n")) {
			Document parsed = Document.parse(line);
			String collection = parsed.getString("collection");
			if (collection == null || collection.equals("audit")) {
				continue;
			}
			if (collection.equals("users")) {
				parsed.get("document", Document.class).remove("passwordHash");
				parsed.get("document", Document.class).remove("calendarTokenHash");
			}
			old.append(parsed.toJson(JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build())).append('\n');
		}
		return old.toString();
	}

	/** Drops what a restore brought, as a fresh instance would be: users stay. */
	private static void emptyAgain(ConfigurableApplicationContext target) {
		ReactiveMongoTemplate mongo = target.getBean(ReactiveMongoTemplate.class);
		Flux.just("holders", "registrations", "registration_deletions", "ocop_products", "imports", "registry_meta")
			.concatMap(mongo::dropCollection)
			.then()
			.as(StepVerifier::create)
			.verifyComplete();
	}

	private static List<Document> withoutAuditOrAdmin(List<String> lines) {
		return lines.stream()
			.filter(line -> !line.contains("\"collection\": \"audit\""))
			.filter(line -> !line.startsWith("{\"collection\": \"users\", \"document\": {\"_id\": \"admin\""))
			.map(Document::parse)
			.toList();
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
				"--registry.security.bcrypt-strength=4", "--registry.sweep.cron=-", "--registry.seed.enabled=false",
				"--registry.reports.warm-up.rounds=0");
	}

}

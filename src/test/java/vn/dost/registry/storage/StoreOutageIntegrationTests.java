package vn.dost.registry.storage;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded database stops under the running service and comes back on the same file:
 * meanwhile every request that needs it is answered within seconds with a 503 problem
 * (not a 500, not a wait of the driver's 30 s) and health is DOWN, while listings go on
 * from the search index; afterwards the service answers again without a restart, with
 * every write it acknowledged before.
 */
@RegistryIntegrationTest
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
class StoreOutageIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	EmbeddedDatabase database;

	@Test
	void answers503WhileTheDatabaseIsAwayAndRecoversWithEverythingAcknowledged() {
		WebTestClient admin = TestUsers.admin(this.client);
		String before = TestData.holder(admin, "HTX trước sự cố " + TestData.serial(), "Quảng Trị");
		this.database.stop();
		try {
			long started = System.nanoTime();
			unavailable(admin.get().uri("/api/v1/holders/{id}", before).exchange());
			unavailable(admin.post()
				.uri("/api/v1/holders")
				.bodyValue(Map.of("name", "HTX trong sự cố", "kind", "COOPERATIVE"))
				.exchange());
			unavailable(admin.put()
				.uri("/api/v1/holders/{id}", before)
				.header(HttpHeaders.IF_MATCH, "\"0\"")
				.bodyValue(Map.of("name", "HTX đổi tên trong sự cố", "kind", "COOPERATIVE"))
				.exchange());
			// listings and searches are answered by the in-process search index, which
			// stays
			admin.get().uri("/api/v1/registrations?q=tieu").exchange().expectStatus().isOk();
			Duration outage = Duration.ofNanos(System.nanoTime() - started);
			System.out.printf("Store outage: a read, a creation and a change answered 503 in %d ms in all%n",
					outage.toMillis());
			assertThat(outage).isLessThan(Duration.ofSeconds(60));
			admin.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DOWN");
		}
		finally {
			this.database.restart();
		}
		long restarted = System.nanoTime();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> admin.get().uri("/api/v1/holders/{id}", before).exchange().expectStatus().isOk());
		System.out.printf("Store outage: answered again %d ms after the database was back%n",
				Duration.ofNanos(System.nanoTime() - restarted).toMillis());
		String after = TestData.holder(admin, "HTX sau sự cố " + TestData.serial(), "Quảng Trị");
		admin.get().uri("/api/v1/holders/{id}", after).exchange().expectStatus().isOk();
		admin.get()
			.uri("/api/v1/holders/{id}", before)
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"");
		admin.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	private static void unavailable(WebTestClient.ResponseSpec response) {
		response.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType("application/problem+json")
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/store-unavailable");
	}

}

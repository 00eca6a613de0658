package vn.dost.registry.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in limits over HTTP Basic on the running service: per user name and per client
 * address, whatever the password, and what the audit trail keeps of it.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class LoginLimitIntegrationTests {

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	@BeforeEach
	void setUp() {
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.admin = TestUsers.admin(this.client);
	}

	@Test
	void tenWrongPasswordsForOneUserThenEvenTheRightOneIs429WithRetryAfter() {
		String user = "limited-" + TestData.serial();
		TestUsers.officer(this.client, user, "Quảng Trị");
		for (int i = 0; i < 10; i++) {
			signIn(user, "wrong-password-" + i, "203.0.113.10").expectStatus().isUnauthorized();
		}
		signIn(user, TestUsers.PASSWORD, "203.0.113.11").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER,
					seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, Duration.ofMinutes(5).toSeconds()))
			.expectHeader()
			.doesNotExist(HttpHeaders.WWW_AUTHENTICATE)
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/too-many-logins")
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.title")
			.isEqualTo("Đăng nhập sai quá nhiều lần");
		this.client.get()
			.uri("/api/v1/registrations")
			.headers(headers -> headers.setBasicAuth(user, TestUsers.PASSWORD))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Too many failed sign-ins");
		this.admin.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		List<Map<String, Object>> failed = audit("actor=" + user + "&action=LOGIN_FAILED");
		assertThat(failed).hasSize(10)
			.allSatisfy(entry -> assertThat(entry).containsEntry("clientAddress", "203.0.113.10"));
		assertThat(audit("actor=" + user + "&action=LOGIN_BLOCKED")).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("target", user)
				.containsEntry("details", Map.of("limit", "USER")));
	}

	@Test
	void fiftyFailuresFromOneAddressRefuseItWhateverTheUser() {
		String address = "198.51.100.23";
		for (int i = 0; i < 50; i++) {
			signIn("nobody-" + TestData.serial(), "wrong-password", address).expectStatus().isUnauthorized();
		}
		signIn("admin", TestUsers.ADMIN_PASSWORD, address).expectStatus().isEqualTo(429);
		signIn("admin", TestUsers.ADMIN_PASSWORD, "198.51.100.24").expectStatus().isOk();
		this.admin.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		assertThat(audit("action=LOGIN_BLOCKED&size=200"))
			.anySatisfy(entry -> assertThat(entry).containsEntry("target", address)
				.containsEntry("clientAddress", address)
				.containsEntry("details", Map.of("limit", "ADDRESS")));
	}

	@Test
	void aSuccessIsRecordedOnceWhileTheSignInIsRememberedAndEveryFailureIs() {
		String user = "audited-" + TestData.serial();
		WebTestClient officer = TestUsers.officer(this.client, user, "Quảng Trị");
		for (int i = 0; i < 3; i++) {
			officer.get().uri("/api/v1/registrations").exchange().expectStatus().isOk();
		}
		signIn(user, "wrong-password", "203.0.113.12").expectStatus().isUnauthorized();
		signIn(user, "wrong-password", "203.0.113.12").expectStatus().isUnauthorized();
		assertThat(audit("actor=" + user + "&action=LOGIN_SUCCEEDED")).singleElement()
			.satisfies(entry -> assertThat(entry.get("clientAddress")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
		assertThat(audit("actor=" + user + "&action=LOGIN_FAILED")).hasSize(2);
	}

	private WebTestClient.ResponseSpec signIn(String user, String password, String address) {
		return this.client.get()
			.uri("/api/v1/registrations?size=1")
			.headers(headers -> headers.setBasicAuth(user, password))
			.header("X-Forwarded-For", address)
			.exchange();
	}

	private List<Map<String, Object>> audit(String query) {
		return (List<Map<String, Object>>) TestData.listing(this.admin, "/api/v1/audit", uri -> uri.query(query))
			.get("items");
	}

}

package vn.dost.registry.shared;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code If-Match} on every kind of write, as RFC 9110 §13.1.1 says: tags compare
 * strongly (a weak tag never matches), a list matches when one of its tags does,
 * {@code *} matches whatever version is stored (a weak {@code W/"*"} is no wildcard), and
 * a value that is not an entity tag (an unquoted {@code 0}) is refused as invalid input
 * (400). Nothing refused changes the stored version.
 */
@RegistryIntegrationTest
class IfMatchIntegrationTests {

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	@BeforeEach
	void signIn() {
		this.admin = TestUsers.admin(this.client);
	}

	@Test
	void titlesFollowRfc9110OnPut() {
		String holderId = TestData.holder(this.admin, "HTX If-Match " + TestData.serial(), "Quảng Trị");
		Map<String, Object> body = TestData.grantedMark(holderId, "Quảng Trị", LocalDate.of(2019, 3, 1));
		String id = (String) TestData.create(this.admin, body).get("id");
		String uri = "/api/v1/registrations/" + id;
		walkEveryCase(HttpMethod.PUT, uri, uri, version -> TestData.with(body, "area", "xã " + version));
	}

	@Test
	void titlesFollowRfc9110OnLifecycleActionsAndDeletion() {
		String holderId = TestData.holder(this.admin, "HTX If-Match " + TestData.serial(), "Quảng Trị");
		Map<String, Object> granted = TestData.grantedMark(holderId, "Quảng Trị", LocalDate.of(2019, 3, 1));
		String id = (String) TestData.create(this.admin, granted).get("id");
		String uri = "/api/v1/registrations/" + id;
		walkEveryCase(HttpMethod.POST, uri + "/actions", uri,
				version -> Map.of("action", "AMEND", "date", "2024-01-0" + (version + 1), "reference",
						version + "/QĐ-SHTT", "changes", Map.of("area", "vùng " + version)));

		String filingId = (String) TestData.create(this.admin, TestData.markFiling(holderId, "Quảng Trị")).get("id");
		String filing = "/api/v1/registrations/" + filingId;
		for (String refused : new String[] { "W/\"0\"", "W/\"*\"", "\"5\", \"6\"" }) {
			send(HttpMethod.DELETE, filing, refused, null).expectStatus().isEqualTo(412);
		}
		send(HttpMethod.DELETE, filing, "0", null).expectStatus().isBadRequest();
		assertThat(version(filing)).isZero();
		send(HttpMethod.DELETE, filing, "\"5\", \"0\"", null).expectStatus().isNoContent();
		this.admin.get().uri(filing).exchange().expectStatus().isNotFound();
	}

	@Test
	void holdersFollowRfc9110() {
		String id = TestData.holder(this.admin, "HTX If-Match " + TestData.serial(), "Quảng Trị");
		String uri = "/api/v1/holders/" + id;
		walkEveryCase(HttpMethod.PUT, uri, uri,
				version -> Map.of("name", "HTX If-Match đổi " + version + " " + id, "kind", "COOPERATIVE"));
	}

	@Test
	void ocopProductsFollowRfc9110() {
		Map<String, Object> body = new HashMap<>(Map.of("name", "Mật ong If-Match " + TestData.serial(), "province",
				"Quảng Trị", "productGroup", "FOOD", "stars", 3, "certifiedOn", "2025-03-12"));
		String id = (String) TestData.created(this.admin, "/api/v1/ocop-products", body).get("id");
		String uri = "/api/v1/ocop-products/" + id;
		walkEveryCase(HttpMethod.PUT, uri, uri, version -> TestData.with(body, "commune", "xã " + version));
	}

	/**
	 * From version 0 of the resource at {@code read}: every refusal leaves it unchanged,
	 * then a list holding the current tag, {@code *} and the exact tag each write once.
	 */
	private void walkEveryCase(HttpMethod method, String uri, String read,
			java.util.function.IntFunction<Map<String, Object>> body) {
		assertThat(version(read)).isZero();
		for (String stale : new String[] { "W/\"0\"", "W/\"*\"", "\"*\"", "\"1\"", "\"1\", W/\"0\"" }) {
			send(method, uri, stale, body.apply(0)).expectStatus()
				.isEqualTo(412)
				.expectHeader()
				.contentType("application/problem+json")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/stale-version");
		}
		for (String malformed : new String[] { "0", "W/0", "\"0", "*, \"0\"" }) {
			send(method, uri, malformed, body.apply(0)).expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType("application/problem+json")
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("If-Match");
		}
		assertThat(version(read)).isZero();
		send(method, uri, "\"7\", W/\"3\", \"0\"", body.apply(0)).expectStatus().isOk();
		assertThat(version(read)).isEqualTo(1);
		send(method, uri, "*", body.apply(1)).expectStatus().isOk();
		assertThat(version(read)).isEqualTo(2);
		send(method, uri, "\"2\"", body.apply(2)).expectStatus().isOk();
		assertThat(version(read)).isEqualTo(3);
		send(method, uri, "\"2\"", body.apply(3)).expectStatus().isEqualTo(412);
		assertThat(version(read)).isEqualTo(3);
	}

	private WebTestClient.ResponseSpec send(HttpMethod method, String uri, String ifMatch, Object body) {
		WebTestClient.RequestBodySpec request = this.admin.method(method)
			.uri(uri)
			.header(HttpHeaders.IF_MATCH, ifMatch);
		return body == null ? request.exchange() : request.bodyValue(body).exchange();
	}

	private long version(String uri) {
		return TestData.version(this.admin, uri);
	}

}

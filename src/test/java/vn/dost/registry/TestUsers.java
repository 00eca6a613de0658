package vn.dost.registry;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The users integration tests act as, created through the API the first time they are
 * needed.
 */
public final class TestUsers {

	public static final String ADMIN_PASSWORD = "admin-test-password";

	public static final String PASSWORD = "test-password-1";

	private TestUsers() {
	}

	/** A client signed in as the first-start administrator. */
	public static WebTestClient admin(WebTestClient client) {
		return client.mutate().defaultHeaders(headers -> headers.setBasicAuth("admin", ADMIN_PASSWORD)).build();
	}

	/**
	 * A client signed in as an officer of the given 2025 provinces (created if missing).
	 */
	public static WebTestClient officer(WebTestClient client, String username, String... provinces) {
		ensure(client, Map.of("username", username, "password", PASSWORD, "roles", List.of("OFFICER"), "provinces",
				List.of(provinces)));
		return as(client, username);
	}

	/** A client signed in as a holder organisation's user (created if missing). */
	public static WebTestClient holder(WebTestClient client, String username, String holderId) {
		ensure(client,
				Map.of("username", username, "password", PASSWORD, "roles", List.of("HOLDER"), "holderId", holderId));
		return as(client, username);
	}

	/** A client signed in as another administrator (created if missing). */
	public static WebTestClient administrator(WebTestClient client, String username) {
		ensure(client, Map.of("username", username, "password", PASSWORD, "roles", List.of("ADMIN")));
		return as(client, username);
	}

	public static WebTestClient as(WebTestClient client, String username) {
		return client.mutate().defaultHeaders(headers -> headers.setBasicAuth(username, PASSWORD)).build();
	}

	private static void ensure(WebTestClient client, Map<String, Object> user) {
		admin(client).post().uri("/api/v1/users").bodyValue(user).exchange().expectStatus().value(status -> {
			if (status != HttpStatus.CREATED.value() && status != HttpStatus.CONFLICT.value()) {
				throw new AssertionError("creating test user " + user.get("username") + " answered " + status);
			}
		});
	}

}

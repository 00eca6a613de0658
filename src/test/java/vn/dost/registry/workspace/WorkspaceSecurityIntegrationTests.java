package vn.dost.registry.workspace;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out of the workspace, on the real server: the login form, the session
 * and its cookie, CSRF refusal, the idle timeout, the redirects of a signed-out browser,
 * the security headers, and the API's HTTP Basic untouched beside it.
 */
@RegistryIntegrationTest
class WorkspaceSecurityIntegrationTests {

	private static final String HTML = "text/html;charset=UTF-8";

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signedOutPageRedirectsToLoginAndBackToThePageAskedForAfterIt() {
		TestUsers.officer(this.client, "ws-back", "Quảng Trị");
		WorkspaceClient browser = new WorkspaceClient(this.client);
		Page asked = browser.get("/app/registrations?status=GRANTED&q=tiêu");
		assertThat(asked.status()).isEqualTo(302);
		assertThat(asked.location()).isEqualTo("/app/login");

		Page login = browser.get("/app/login");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.headers().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(HTML);
		assertThat(login.body()).contains("<html lang=\"vi\"", "<label for=\"username\">Tên đăng nhập</label>",
				"name=\"_csrf\"");
		Page signedIn = browser.post("/app/login", Map.of("username", "ws-back", "password", TestUsers.PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).isEqualTo("/app/registrations?status=GRANTED&q=ti%C3%AAu");
	}

	@Test
	void signsInToTheDashboardAndShowsWhoIsSignedIn() {
		TestUsers.officer(this.client, "ws-in", "Quảng Trị");
		WorkspaceClient browser = new WorkspaceClient(this.client);
		browser.get("/app/login");
		Page signedIn = browser.post("/app/login", Map.of("username", "ws-in", "password", TestUsers.PASSWORD));
		assertThat(signedIn.location()).isEqualTo("/app");
		Page dashboard = browser.get("/app");
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.body()).contains("id=\"signed-in-user\"", "ws-in", "Cán bộ", "action=\"/app/logout\"");
		assertThat(browser.get("/app/login").location()).as("signed in, the login page leads on").isEqualTo("/app");
	}

	@Test
	void wrongPasswordShowsTheLoginPageAgainWithAMessageAndSignsNobodyIn() {
		TestUsers.officer(this.client, "ws-wrong", "Quảng Trị");
		WorkspaceClient browser = new WorkspaceClient(this.client);
		browser.get("/app/login");
		Page refused = browser.post("/app/login", Map.of("username", "ws-wrong", "password", "not-the-password"));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).isEqualTo("/app/login?error");
		assertThat(browser.get("/app/login?error").body()).contains("id=\"login-error\"",
				"Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(browser.get("/app").location()).isEqualTo("/app/login");
	}

	@Test
	void theLoginFormAndTheApiShareTheLimitOfFailedSignInsAndTheAuditTrail() {
		String user = "ws-limited-" + TestData.serial();
		TestUsers.officer(this.client, user, "Quảng Trị");
		WorkspaceClient browser = new WorkspaceClient(this.client);
		browser.get("/app/login");
		for (int i = 0; i < 10; i++) {
			Page refused = browser.post("/app/login", Map.of("username", user, "password", "wrong-password-" + i));
			assertThat(refused.location()).isEqualTo("/app/login?error");
		}
		Page right = browser.post("/app/login", Map.of("username", user, "password", TestUsers.PASSWORD));
		assertThat(right.status()).as("the right password, over the limit").isEqualTo(429);
		assertThat(Long.parseLong(right.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 300L);
		assertThat(right.headers().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(HTML);
		assertThat(right.body()).contains("id=\"error-title\"", "Tạm khóa đăng nhập", "Xin đợi vài phút")
			.doesNotContain("\"status\"");
		assertThat(browser.get("/app").location()).isEqualTo("/app/login");
		TestUsers.as(this.client, user).get().uri("/api/v1/registrations").exchange().expectStatus().isEqualTo(429);

		String other = "ws-audited-" + TestData.serial();
		TestUsers.officer(this.client, other, "Quảng Trị");
		WorkspaceClient signedIn = WorkspaceClient.signedIn(this.client, other);
		assertThat(signedIn.post("/app/logout", Map.of()).location()).isEqualTo("/app/login?logout");
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/audit?actor={user}", other)
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].action")
			.isEqualTo(List.of("LOGOUT", "LOGIN_SUCCEEDED"));
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/audit?actor={user}&action=LOGIN_FAILED", user)
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(10);
	}

	@Test
	void refusesAFormPostWithoutTheCsrfTokenWithAnHtmlPage() {
		TestUsers.officer(this.client, "ws-csrf", "Quảng Trị");
		WorkspaceClient browser = new WorkspaceClient(this.client);
		browser.get("/app/login");
		LinkedMultiValueMap<String, String> noToken = new LinkedMultiValueMap<>();
		noToken.add("username", "ws-csrf");
		noToken.add("password", TestUsers.PASSWORD);
		Page refused = browser.postExactly("/app/login", noToken);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.headers().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(HTML);
		assertThat(refused.body()).contains("Biểu mẫu đã hết hạn").doesNotContain("\"status\"");
		assertThat(browser.get("/app").location()).as("not signed in").isEqualTo("/app/login");

		WorkspaceClient signedIn = WorkspaceClient.signedIn(this.client, "ws-csrf");
		LinkedMultiValueMap<String, String> wrongToken = new LinkedMultiValueMap<>();
		wrongToken.add("_csrf", "made-up");
		assertThat(signedIn.postExactly("/app/logout", wrongToken).status()).isEqualTo(403);
		assertThat(signedIn.get("/app").status()).as("still signed in").isEqualTo(200);
	}

	@Test
	void logoutEndsTheSessionAndShowsTheLoginPageWithAMessage() {
		TestUsers.officer(this.client, "ws-out", "Quảng Trị");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "ws-out");
		String session = browser.cookie(WorkspaceSessions.COOKIE);
		browser.get("/app");
		Page out = browser.post("/app/logout", Map.of());
		assertThat(out.status()).isEqualTo(302);
		assertThat(out.location()).isEqualTo("/app/login?logout");
		assertThat(browser.get("/app/login?logout").body()).contains("Bạn đã đăng xuất.");
		assertThat(browser.get("/app").location()).isEqualTo("/app/login");

		WorkspaceClient replay = new WorkspaceClient(this.client);
		replay.get("/app/login");
		assertThat(session).isNotNull();
		assertThat(this.client.get()
			.uri("/app")
			.header(HttpHeaders.COOKIE, WorkspaceSessions.COOKIE + "=" + session)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value()).as("the old session cookie signs nobody in").isEqualTo(302);
	}

	@Test
	void sessionCookieIsHttpOnlySameSiteLaxForTheWorkspaceOnlyAndRenewedAtLogin() {
		TestUsers.officer(this.client, "ws-cookie", "Quảng Trị");
		WorkspaceClient browser = new WorkspaceClient(this.client);
		browser.get("/app/login");
		String before = browser.cookie(WorkspaceSessions.COOKIE);
		Page signedIn = browser.post("/app/login", Map.of("username", "ws-cookie", "password", TestUsers.PASSWORD));
		ResponseCookie cookie = signedIn.cookies().getFirst(WorkspaceSessions.COOKIE);
		assertThat(before).as("the login page's form token lives in a session").isNotNull();
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.getPath()).isEqualTo("/app");
		assertThat(cookie.isSecure()).as("off unless registry.workspace.secure-cookie").isFalse();
		assertThat(cookie.getValue()).as("a new session id at login (no session fixation)").isNotEqualTo(before);
	}

	@Test
	void sessionEndsAfterTheIdleTimeoutOfThirtyMinutes() {
		TestUsers.officer(this.client, "ws-idle", "Quảng Trị");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "ws-idle");
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(29)));
		assertThat(browser.get("/app").status()).as("29 minutes idle").isEqualTo(200);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(29)));
		assertThat(browser.get("/app").status()).as("29 minutes since the last request").isEqualTo(200);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(31)));
		assertThat(browser.get("/app").location()).as("31 minutes idle").isEqualTo("/app/login");
	}

	@Test
	void htmxRequestOfASignedOutBrowserIsToldToLoadTheLoginPage() {
		HttpHeaders htmx = new HttpHeaders();
		htmx.set("HX-Request", "true");
		Page answer = new WorkspaceClient(this.client).get("/app/registrations?q=bưởi", htmx);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.headers().getFirst("HX-Redirect")).isEqualTo("/app/login");
	}

	@Test
	void changingTheAccountsPasswordSignsItsSessionsOut() {
		TestUsers.officer(this.client, "ws-reset", "Quảng Trị");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "ws-reset");
		assertThat(browser.get("/app").status()).isEqualTo(200);
		String etag = TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/users/ws-reset")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		TestUsers.admin(this.client)
			.put()
			.uri("/api/v1/users/ws-reset")
			.header(HttpHeaders.IF_MATCH, etag)
			.bodyValue(Map.of("password", "a-new-password-2", "roles", List.of("OFFICER"), "provinces",
					List.of("Quảng Trị")))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(browser.get("/app").location()).isEqualTo("/app/login");
	}

	@Test
	void guessedAddressesLeadToTheWorkspace() {
		this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/app/login");
		this.client.get().uri("/admin").exchange().expectStatus().is3xxRedirection().expectHeader().location("/app");
	}

	@Test
	void pagesCarryTheContentSecurityPolicyAndRefuseFraming() {
		Page login = new WorkspaceClient(this.client).get("/app/login");
		assertThat(login.headers().getFirst("Content-Security-Policy")).isEqualTo(WorkspaceSecurity.POLICY)
			.contains("script-src 'self'", "style-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(login.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.headers().getFirst("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(login.body()).doesNotContain("style=", "<style", "<script>");
	}

	@Test
	void unknownAddressIsTheWorkspacesNotFoundPageInThePagesLanguage() {
		TestUsers.officer(this.client, "ws-lost", "Quảng Trị");
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "ws-lost");
		Page lost = browser.get("/app/no-such-page");
		assertThat(lost.status()).isEqualTo(404);
		assertThat(lost.headers().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(HTML);
		assertThat(lost.body()).contains("<html lang=\"vi\"", "Không tìm thấy");
		Page english = browser.get("/app/no-such-page?lang=en");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.body()).contains("<html lang=\"en\"", "Not found");
	}

	@Test
	void languageChosenOnceIsRememberedAlsoBeforeSigningIn() {
		WorkspaceClient browser = new WorkspaceClient(this.client);
		assertThat(browser.get("/app/login?lang=en").body()).contains("<html lang=\"en\"", "Sign in");
		assertThat(browser.get("/app/login").body()).contains("<html lang=\"en\"", "Username");
		assertThat(browser.get("/app/login?lang=vi").body()).contains("<html lang=\"vi\"", "Đăng nhập");
	}

	@Test
	void usersPagesAreForAdministratorsOnly() {
		TestUsers.officer(this.client, "ws-users", "Quảng Trị");
		Page refused = WorkspaceClient.signedIn(this.client, "ws-users").get("/app/users");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Không được phép");
		assertThat(WorkspaceClient.signedIn(this.client, "admin").get("/app/users").status()).isNotEqualTo(403);
	}

	@Test
	void theApiKeepsItsStatelessBasicSignInAndStartsNoSession() {
		String holder = TestData.holder(TestUsers.admin(this.client), "Hợp tác xã phiên " + TestData.serial(),
				"Quảng Trị");
		this.client.get()
			.uri("/api/v1/holders/{id}", holder)
			.headers(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		this.client.get().uri("/api/v1/holders/{id}", holder).exchange().expectStatus().isUnauthorized();
	}

}

package vn.dost.registry.workspace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import vn.dost.registry.TestUsers;

/**
 * A browser as the workspace's tests need one: it keeps the cookies the server sets, asks
 * for HTML, and sends forms with the CSRF token of the last page it read. Redirects are
 * not followed: tests look at them.
 */
public final class WorkspaceClient {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final WebTestClient client;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String token;

	public WorkspaceClient(WebTestClient client) {
		// the machine running the suite may be busy: a slow answer is not what these
		// tests
		// are about
		this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	/** A browser signed in through the login form with the tests' password. */
	public static WorkspaceClient signedIn(WebTestClient client, String username) {
		return signedIn(client, username, username.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD);
	}

	/** A browser signed in through the login form with the password given. */
	public static WorkspaceClient signedIn(WebTestClient client, String username, String password) {
		WorkspaceClient browser = new WorkspaceClient(client);
		browser.get(WorkspaceLinks.LOGIN);
		Page answer = browser.post(WorkspaceLinks.LOGIN, Map.of("username", username, "password", password));
		if (answer.status() != 302 || answer.location().contains("error")) {
			throw new AssertionError(
					"signing in as " + username + " answered " + answer.status() + " " + answer.location());
		}
		return browser;
	}

	/** The page at the path, read as a browser reads it. */
	public Page get(String path) {
		return get(path, new HttpHeaders());
	}

	public Page get(String path, HttpHeaders extra) {
		return remember(this.client.get().uri(path).headers(headers -> prepare(headers, extra)).exchange());
	}

	/** Posts the form with the CSRF token of the last page read. */
	public Page post(String path, Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		if (this.token != null) {
			form.add("_csrf", this.token);
		}
		return postExactly(path, form);
	}

	/**
	 * Posts the form, fields given several values (ticked boxes) included, with the CSRF
	 * token of the last page read.
	 */
	public Page post(String path, MultiValueMap<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>(fields);
		if (this.token != null) {
			form.add("_csrf", this.token);
		}
		return postExactly(path, form);
	}

	/** Posts exactly these fields (no token is added). */
	public Page postExactly(String path, MultiValueMap<String, String> form) {
		return remember(this.client.method(HttpMethod.POST)
			.uri(path)
			.headers(headers -> prepare(headers, new HttpHeaders()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange());
	}

	/**
	 * Uploads a file as a form's multipart {@code file} part, with the CSRF token of the
	 * last page read (when {@code withToken}) as the form's {@code _csrf} part. The body
	 * is put together here: the client's own multipart writer draws its boundary from a
	 * blocking random source.
	 */
	public Page upload(String path, String fileName, byte[] content, boolean withToken) {
		String boundary = "workspace-test-boundary-" + content.length;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (withToken && this.token != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.token
					+ "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return remember(this.client.post()
			.uri(path)
			.headers(headers -> prepare(headers, new HttpHeaders()))
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
			.bodyValue(body.toByteArray())
			.exchange());
	}

	/** A file the page at the path hands over to save, as its bytes. */
	public Download download(String path) {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri(path)
			.headers(headers -> prepare(headers, new HttpHeaders()))
			.exchange()
			.expectBody()
			.returnResult();
		byte[] bytes = result.getResponseBody();
		return new Download(result.getStatus().value(), result.getResponseHeaders(),
				bytes == null ? new byte[0] : bytes);
	}

	/** A file handed over: its status, headers and bytes. */
	public record Download(int status, HttpHeaders headers, byte[] body) {
	}

	/** The value of a cookie the browser keeps, or null. */
	public String cookie(String name) {
		return this.cookies.get(name);
	}

	/** Forgets a cookie, as a browser does when it is closed. */
	public void forget(String name) {
		this.cookies.remove(name);
	}

	private void prepare(HttpHeaders headers, HttpHeaders extra) {
		headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
		this.cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
		headers.addAll(extra);
	}

	private Page remember(WebTestClient.ResponseSpec response) {
		EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
		for (ResponseCookie cookie : result.getResponseCookies().toSingleValueMap().values()) {
			if (cookie.getMaxAge().isZero()) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie.getValue());
			}
		}
		byte[] bytes = result.getResponseBody();
		String body = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
		Matcher token = TOKEN.matcher(body);
		if (token.find()) {
			this.token = token.group(1);
		}
		return new Page(result.getStatus().value(), result.getResponseHeaders(), body, result.getResponseCookies());
	}

	/** One answer: its status, headers, body and the cookies it set. */
	public record Page(int status, HttpHeaders headers, String body, MultiValueMap<String, ResponseCookie> cookies) {

		/** Where a redirect goes (empty if none). */
		public String location() {
			return this.headers.getLocation() == null ? "" : this.headers.getLocation().toString();
		}

	}

}

package vn.dost.registry.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The officer workspace's server time, page by page: signs in through the login form as a
 * browser does (session cookie, CSRF token), then asks for every page of the workspace
 * one after the other, round after round, on one keep-alive HTTP/1.1 connection, and
 * prints each page's median and 95th percentile (the time from sending the request to the
 * last byte of the answer, on loopback). The titles' listing is asked with a mix of
 * searches, facets, sorts and pages. Not a test; {@code scripts/workspace-benchmark.sh}
 * runs it:
 *
 * <pre>
 * ./mvnw -Pbenchmark exec:exec@workspace-benchmark -Dbenchmark.args="--base=http://127.0.0.1:8080 --password=…"
 * </pre>
 */
public final class WorkspaceBenchmark {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FIRST_ID = Pattern.compile("\"items\".*?\"id\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private WorkspaceBenchmark(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("base", "http://127.0.0.1:8080", "user", "admin",
				"password", "", "rounds", "30", "warmup", "5"));
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], pair.length > 1 ? pair[1] : "");
		}
		WorkspaceBenchmark benchmark = new WorkspaceBenchmark(options.get("base"));
		String user = options.get("user");
		String password = options.get("password");
		benchmark.signIn(user, password);
		Map<String, String> pages = benchmark.pages(user, password);
		int warmup = Integer.parseInt(options.get("warmup"));
		int rounds = Integer.parseInt(options.get("rounds"));
		Map<String, List<Double>> times = new LinkedHashMap<>();
		Map<String, String> answers = new LinkedHashMap<>();
		pages.keySet().forEach(name -> times.put(name, new ArrayList<>()));
		for (int round = 0; round < warmup + rounds; round++) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				long started = System.nanoTime();
				HttpResponse<byte[]> answer = benchmark.get(page.getValue());
				double millis = (System.nanoTime() - started) / 1e6;
				if (round >= warmup) {
					times.get(page.getKey()).add(millis);
				}
				answers.put(page.getKey(), answer.statusCode() + " " + answer.body().length);
			}
		}
		System.out.printf("%-24s %6s %8s %10s %8s  %s%n", "page", "status", "bytes", "median_ms", "p95_ms", "path");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			List<Double> sorted = times.get(page.getKey()).stream().sorted().toList();
			String[] answer = answers.get(page.getKey()).split(" ");
			System.out.printf("PAGE %-19s %6s %8s %10.1f %8.1f  %s%n", page.getKey(), answer[0], answer[1],
					percentile(sorted, 50), percentile(sorted, 95), page.getValue());
		}
	}

	/**
	 * The pages, by name: every workspace page, the titles' listing several ways, and one
	 * title's and one holder's pages (the first of the API's listings).
	 */
	private Map<String, String> pages(String user, String password) throws IOException, InterruptedException {
		String auth = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		String title = firstId("/api/v1/registrations?size=1&status=GRANTED", auth);
		String holder = firstId("/api/v1/holders?size=1", auth);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("dashboard", "/app");
		pages.put("titles", "/app/registrations");
		pages.put("titles q", "/app/registrations?q=" + encode("sau rieng"));
		pages.put("titles q page 3", "/app/registrations?q=" + encode("ca phe") + "&page=2");
		pages.put("titles type", "/app/registrations?type=GEOGRAPHICAL_INDICATION");
		pages.put("titles status+prov", "/app/registrations?status=GRANTED&province=" + encode("Lâm Đồng"));
		pages.put("titles group+sort", "/app/registrations?productGroup=FOOD&sort=-grantDate");
		pages.put("titles data issue", "/app/registrations?dataIssue=holderId.missing");
		pages.put("title", "/app/registrations/" + title);
		pages.put("title edit", "/app/registrations/" + title + "/edit");
		pages.put("holders", "/app/holders");
		pages.put("holder", "/app/holders/" + holder);
		pages.put("ocop", "/app/ocop-products");
		pages.put("imports", "/app/imports");
		pages.put("reports", "/app/reports");
		pages.put("deadlines", "/app/deadlines");
		pages.put("users", "/app/users");
		pages.put("audit", "/app/audit");
		return pages;
	}

	private void signIn(String user, String password) throws IOException, InterruptedException {
		HttpResponse<byte[]> login = get("/app/login");
		Matcher token = TOKEN.matcher(new String(login.body(), StandardCharsets.UTF_8));
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page (" + login.statusCode() + ")");
		}
		String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<byte[]> signedIn = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/app/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() / 100 != 3 || location.contains("error")) {
			throw new IllegalStateException("signing in answered " + signedIn.statusCode() + " " + location);
		}
	}

	private String firstId(String path, String auth) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", auth)
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = FIRST_ID.matcher(answer.body());
		if (!id.find()) {
			throw new IllegalStateException(path + " answered " + answer.statusCode() + " without items");
		}
		return id.group(1);
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The nearest-rank percentile of the sorted times. */
	private static double percentile(List<Double> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}

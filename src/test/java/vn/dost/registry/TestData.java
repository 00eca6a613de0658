package vn.dost.registry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

/**
 * Builds request bodies with numbers unique within the test run, and creates records
 * through the API.
 */
public final class TestData {

	private static final AtomicInteger SERIAL = new AtomicInteger(10_000);

	private TestData() {
	}

	/**
	 * A unique five-digit serial for application numbers of the form
	 * {@code 4-2020-NNNNN}.
	 */
	public static int serial() {
		return SERIAL.incrementAndGet();
	}

	/** A new collective-mark filing in the given province, ready to POST. */
	public static Map<String, Object> markFiling(String holderId, String province) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "COLLECTIVE_MARK");
		body.put("name", "Nhãn hiệu thử " + serial());
		body.put("product", "Quả bưởi");
		body.put("productGroup", "FOOD");
		body.put("niceClasses", List.of(31));
		body.put("province", province);
		body.put("applicationNumber", "4-2020-" + serial());
		body.put("filingDate", "2020-03-10");
		body.put("holderId", holderId);
		return body;
	}

	/** An existing granted collective mark, as an officer records it. */
	public static Map<String, Object> grantedMark(String holderId, String province, LocalDate filingDate) {
		Map<String, Object> body = markFiling(holderId, province);
		body.put("status", "GRANTED");
		body.put("filingDate", filingDate.toString());
		body.put("grantDate", filingDate.plusYears(1).toString());
		body.put("registrationNumber", "4-" + String.format("%07d", serial()) + "-000");
		return body;
	}

	public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put(field, value);
		return copy;
	}

	/** Creates a holder through the API and answers its id. */
	public static String holder(WebTestClient admin, String name, String province) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("kind", "COOPERATIVE");
		if (province != null) {
			body.put("province", province);
		}
		return (String) created(admin, "/api/v1/holders", body).get("id");
	}

	/** Creates a registration through the API and answers the stored JSON. */
	public static Map<String, Object> create(WebTestClient client, Map<String, Object> body) {
		return created(client, "/api/v1/registrations", body);
	}

	/**
	 * Gets a page of the titles listing with the given query parameters, expecting 200.
	 */
	public static Map<String, Object> listing(WebTestClient client, Function<UriBuilder, UriBuilder> query,
			Object... values) {
		return listing(client, "/api/v1/registrations", query, values);
	}

	/** The version a record's {@code ETag} names, read with a GET expecting 200. */
	public static long version(WebTestClient client, String uri, Object... values) {
		String etag = client.get()
			.uri(uri, values)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		return Long.parseLong(etag.replace("\"", ""));
	}

	/** Gets a page of the collection with the given query parameters, expecting 200. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> listing(WebTestClient client, String collection,
			Function<UriBuilder, UriBuilder> query, Object... values) {
		return client.get()
			.uri(uri -> query.apply(uri.path(collection)).build(values))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The 2025 provinces that have at least one title, as the listing's facet counts
	 * them.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> provincesWithTitles(WebTestClient client) {
		Map<String, Object> facets = (Map<String, Object>) listing(client, query -> query.queryParam("size", 1))
			.get("facets");
		return List.copyOf(((Map<String, Object>) facets.get("currentProvince")).keySet());
	}

	/**
	 * The body of a 200 answer to the GET, waiting up to a minute (a large report takes
	 * more than the client's usual 5 s on a busy machine).
	 */
	public static byte[] download(WebTestClient client, String uri) {
		return client.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.build()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Gets the JSON object at the address (a template with its values), expecting 200.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> json(WebTestClient client, String uri, Object... values) {
		return client.get()
			.uri(uri, values)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/** The ETag of the resource at the address (its version, quoted), expecting 200. */
	public static String etag(WebTestClient client, String uri) {
		return client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseHeaders()
			.getETag();
	}

	/** The title's history as the API answers it, oldest first. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> history(WebTestClient client, Object id) {
		return client.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.map(entry -> (Map<String, Object>) entry)
			.toList();
	}

	/** The names of a page's items, in order. */
	public static List<String> names(Map<String, Object> page) {
		return field(page, "name");
	}

	/** The ids of a page's items, in order. */
	public static List<String> ids(Map<String, Object> page) {
		return field(page, "id");
	}

	@SuppressWarnings("unchecked")
	private static List<String> field(Map<String, Object> page, String field) {
		return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get(field)).toList();
	}

	/** Posts the body to the collection, expects 201 and answers the created resource. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> created(WebTestClient client, String collection, Map<String, Object> body) {
		return client.post()
			.uri(collection)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}

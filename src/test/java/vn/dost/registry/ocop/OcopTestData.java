package vn.dost.registry.ocop;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

import vn.dost.registry.TestData;

/**
 * OCOP product request bodies, and products created through the API, for the OCOP tests
 * (also the workspace's).
 */
public final class OcopTestData {

	public static final String PRODUCTS = "/api/v1/ocop-products";

	private OcopTestData() {
	}

	/** A word no other product has, to find a test's products by {@code q}. */
	static String marker() {
		return "oq" + TestData.serial();
	}

	/** A valid product with the required fields only. */
	public static Map<String, Object> product(String name, String province, int stars, LocalDate certifiedOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("province", province);
		body.put("productGroup", "FOOD");
		body.put("stars", stars);
		body.put("certifiedOn", certifiedOn.toString());
		return body;
	}

	static Map<String, Object> product(String name, String province, int stars) {
		return product(name, province, stars, LocalDate.of(2025, 3, 12));
	}

	static Map<String, Object> linkedTo(Map<String, Object> body, String... registrationIds) {
		return TestData.with(body, "registrationIds", List.of(registrationIds));
	}

	public static Map<String, Object> withHolder(Map<String, Object> body, String holderId) {
		return TestData.with(body, "holderId", holderId);
	}

	/** Creates the product, expecting 201, and answers its id. */
	public static String create(WebTestClient client, Map<String, Object> body) {
		return (String) TestData.created(client, PRODUCTS, body).get("id");
	}

	static WebTestClient.ResponseSpec put(WebTestClient client, String id, String etag, Map<String, Object> body) {
		return client.put().uri(PRODUCTS + "/{id}", id).header(HttpHeaders.IF_MATCH, etag).bodyValue(body).exchange();
	}

	static WebTestClient.ResponseSpec recertify(WebTestClient client, String id, String etag, int stars,
			LocalDate certifiedOn) {
		Map<String, Object> body = Map.of("stars", stars, "decisionNumber", "1234/QĐ-UBND", "certifiedOn",
				certifiedOn.toString());
		return client.post()
			.uri(PRODUCTS + "/{id}/recertify", id)
			.header(HttpHeaders.IF_MATCH, etag)
			.bodyValue(body)
			.exchange();
	}

	/** The data issues of the product as GET shows them today. */
	@SuppressWarnings("unchecked")
	static List<String> dataIssues(WebTestClient client, String id) {
		return (List<String>) client.get()
			.uri(PRODUCTS + "/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("dataIssues");
	}

	/** The ids of the listing with the given query parameters, in order. */
	static List<String> ids(WebTestClient client, Function<UriBuilder, UriBuilder> query, Object... values) {
		return TestData.ids(TestData.listing(client, PRODUCTS, query, values));
	}

	/** How many products the search text finds. */
	static long count(WebTestClient client, String q) {
		Object total = TestData.listing(client, PRODUCTS, uri -> uri.queryParam("q", "{q}"), q).get("totalItems");
		return ((Number) total).longValue();
	}

	/** The listing for the search text, to assert on. */
	static WebTestClient.BodyContentSpec search(WebTestClient client, String q) {
		return client.get()
			.uri(uri -> uri.path(PRODUCTS).queryParam("q", "{q}").build(q))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	/** The product's history, to assert on. */
	static WebTestClient.BodyContentSpec history(WebTestClient client, String id) {
		return client.get().uri(PRODUCTS + "/{id}/history", id).exchange().expectStatus().isOk().expectBody();
	}

}

package vn.dost.registry.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.TestData;

/** Reads titles and their history through the officers' API, expecting 200. */
final class TitleApi {

	private TitleApi() {
	}

	/** The JSON at the path, as a map the caller may change. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> get(WebTestClient client, String path) {
		return new HashMap<>(client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody());
	}

	/** The title's history, oldest first. */
	static List<Map<String, Object>> history(WebTestClient client, String id) {
		return TestData.history(client, id);
	}

}

package vn.dost.registry.registry.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.shared.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index against the database: rebuilt equal to the live one, consistent under
 * concurrent writes.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class RegistrationIndexIntegrationTests {

	private static final List<String> LISTINGS = List.of("size=200", "size=200&q=sau rieng", "size=200&q=ca phe",
			"size=200&status=GRANTED&sort=-grantDate", "size=200&province=Quảng Trị&sort=expiryDate",
			"size=200&incomplete=true", "size=200&q=buon ma thuat");

	@Autowired
	WebTestClient client;

	@Autowired
	RegistrationIndex index;

	@Autowired
	ReactiveMongoTemplate mongo;

	@LocalServerPort
	int port;

	WebTestClient admin;

	String holderId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hợp tác xã chỉ mục " + TestData.serial(), "Quảng Trị");
	}

	@Test
	void aLongPageComesInTheListingsOrderWhicheverOrderTheIndexStoresTheTitlesIn() {
		Map<String, Object> byName = TestData.listing(this.admin, uri -> uri.queryParam("size", 200));
		List<Map<String, Object>> named = (List<Map<String, Object>>) byName.get("items");
		assertThat(named).as("more titles than are read one by one").hasSizeGreaterThan(60);
		assertThat(named).extracting(item -> VietnameseText.collationKey((String) item.get("name"))).isSorted();

		Map<String, Object> byExpiry = TestData.listing(this.admin,
				uri -> uri.queryParam("size", 200).queryParam("sort", "expiryDate"));
		List<String> expiries = ((List<Map<String, Object>>) byExpiry.get("items")).stream()
			.map(item -> (String) item.get("expiryDate"))
			.toList();
		assertThat(expiries).hasSizeGreaterThan(60);
		List<String> dated = expiries.stream().takeWhile(day -> day != null).toList();
		assertThat(dated).hasSizeGreaterThan(10).isSorted();
		assertThat(expiries.subList(dated.size(), expiries.size())).as("titles without the date come last")
			.containsOnlyNulls();
	}

	@Test
	void aRebuiltIndexAnswersEveryListingExactlyAsTheLiveOne() {
		Map<String, Object> kept = TestData.create(this.admin, TestData.markFiling(this.holderId, "Quảng Bình"));
		Map<String, Object> deleted = TestData.create(this.admin, TestData.markFiling(this.holderId, "Quảng Trị"));
		this.admin.delete()
			.uri("/api/v1/registrations/{id}", deleted.get("id"))
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", kept.get("id"))
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "ACCEPT", "date", "2020-05-01"))
			.exchange()
			.expectStatus()
			.isOk();
		Map<String, Object> live = snapshot();
		long stored = storedCount();
		this.admin.post()
			.uri("/api/v1/admin/reindex")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.titles")
			.isEqualTo((int) stored)
			.jsonPath("$.indexBytes")
			.value(bytes -> assertThat(((Number) bytes).longValue()).isPositive());
		assertThat(snapshot()).isEqualTo(live);
		assertThat(this.index.size()).isEqualTo(stored);
	}

	@Test
	void onlyAnAdministratorRebuildsTheIndex() {
		TestUsers.officer(this.client, "officer-reindex-" + TestData.serial(), "Quảng Trị")
			.post()
			.uri("/api/v1/admin/reindex")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void writesMadeWhileTheIndexIsRebuiltAreAllFound() {
		WebClient web = WebClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
			.build();
		String marker = "Rebuildxa" + TestData.serial();
		Flux<String> writes = Flux.range(0, 24).flatMap(i -> {
			Map<String, Object> body = TestData.markFiling(this.holderId, "Quảng Trị");
			body.put("name", marker + " " + i);
			return web.post()
				.uri("/api/v1/registrations")
				.bodyValue(body)
				.retrieve()
				.bodyToMono(Map.class)
				.map(created -> (String) created.get("id"));
		}, 6);
		Mono.zip(this.index.rebuild(), writes.collectList())
			.as(StepVerifier::create)
			.assertNext(done -> assertThat(done.getT2()).hasSize(24))
			.verifyComplete();
		this.admin.get()
			.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", marker).queryParam("size", 50).build())
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(24);
		assertThat(this.index.size()).isEqualTo(storedCount());
	}

	@Test
	void anOlderVersionArrivingLateChangesNothing() {
		Map<String, Object> created = TestData.create(this.admin, TestData.markFiling(this.holderId, "Quảng Trị"));
		String id = (String) created.get("id");
		Document original = raw(id);
		Map<String, Object> renamed = new LinkedHashMap<>(created);
		renamed.put("name", "Tên mới Lateva " + TestData.serial());
		renamed.remove("status");
		this.admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(renamed)
			.exchange()
			.expectStatus()
			.isOk();
		this.index.put(original).as(StepVerifier::create).verifyComplete();
		assertThat(names("lateva")).containsExactly((String) renamed.get("name"));
		this.admin.delete()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"1\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.index.put(original).as(StepVerifier::create).verifyComplete();
		assertThat(names((String) created.get("applicationNumber"))).isEmpty();
	}

	private Document raw(String id) {
		Document[] found = new Document[1];
		this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "registrations")
			.as(StepVerifier::create)
			.assertNext(document -> found[0] = document)
			.verifyComplete();
		return found[0];
	}

	private long storedCount() {
		long[] count = new long[1];
		this.mongo.count(new Query(), "registrations")
			.as(StepVerifier::create)
			.assertNext(stored -> count[0] = stored)
			.verifyComplete();
		return count[0];
	}

	private List<String> names(String q) {
		return TestData.names(TestData.listing(this.admin, uri -> uri.queryParam("q", "{q}"), q));
	}

	/**
	 * Every listing's totals, facets and the ids and versions of all its titles, page by
	 * page.
	 */
	private Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		for (String listing : LISTINGS) {
			List<Object> pages = new ArrayList<>();
			int page = 0;
			Map<String, Object> body;
			do {
				body = this.admin.get()
					.uri("/api/v1/registrations?" + listing + "&page=" + page)
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody(Map.class)
					.returnResult()
					.getResponseBody();
				pages.add(List.of(body.get("totalItems"), body.get("facets"), body.get("approximate"),
						((List<Map<String, Object>>) body.get("items")).stream()
							.map(item -> item.get("id") + "@" + item.get("version") + ":" + item.get("status"))
							.toList()));
				page++;
			}
			while (page < ((Number) body.get("totalPages")).intValue());
			snapshot.put(listing, pages);
		}
		return snapshot;
	}

}

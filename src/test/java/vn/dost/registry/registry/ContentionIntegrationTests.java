package vn.dost.registry.registry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hundred and fifty clients at once: fifty update one title (read, PUT with its ETag,
 * again on 412, three tries), fifty add authorised users to a second title and fifty
 * rename that title's holder (read, PUT with its ETag, again on 412), which rewrites the
 * title too. Every answer is a success or a 412/409, never a 5xx; every acknowledged
 * change is in the records and their history exactly once, nothing refused is, and each
 * record's version counts exactly the acknowledged changes that reached it.
 */
@RegistryIntegrationTest
class ContentionIntegrationTests {

	private static final int CLIENTS = 50;

	private static final int TRIES = 3;

	private static final String PROVINCE = "Quảng Trị";

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	/** One client's outcome: what it did, the last status it got, and what it sent. */
	private record Answer(String kind, int status, String key) {

		boolean acknowledged() {
			return this.status == 200 || this.status == 201;
		}

	}

	@Test
	void everyAcknowledgedChangeIsStoredOnceAndTheVersionsCountThem() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holderId = TestData.holder(admin, "HTX tranh chấp " + TestData.serial(), PROVINCE);
		Map<String, Object> title = TestData.grantedMark(holderId, PROVINCE, LocalDate.of(2019, 3, 1));
		String first = (String) TestData.create(admin, title).get("id");
		String otherHolder = TestData.holder(admin, "HTX đổi tên " + TestData.serial(), PROVINCE);
		String second = (String) TestData
			.create(admin, TestData.grantedMark(otherHolder, PROVINCE, LocalDate.of(2020, 5, 4)))
			.get("id");
		WebClient web = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
			.build();
		Flux<Answer> updates = Flux.range(0, CLIENTS).flatMap(i -> update(web, first, title, "mô tả " + i, 1));
		Flux<Answer> additions = Flux.range(0, CLIENTS).flatMap(i -> addUser(web, second, i));
		Flux<Answer> renames = Flux.range(0, CLIENTS).flatMap(i -> rename(web, otherHolder, "HTX tên mới " + i, 1));
		List<Answer> answers = new ArrayList<>(
				Flux.merge(updates, additions, renames).collectList().block(Duration.ofMinutes(3)));

		System.out.println("Contention: " + answers.stream()
			.collect(Collectors.groupingBy(Answer::kind, TreeMap::new,
					Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()))));
		assertThat(answers).hasSize(3 * CLIENTS);
		assertThat(answers).as("answers neither a success nor 412/409")
			.filteredOn(answer -> !Set.of(200, 201, 409, 412).contains(answer.status()))
			.isEmpty();
		assertUpdatedTitle(admin, first, acknowledged(answers, "update"));
		assertRenamedHolderAndItsTitle(admin, otherHolder, second, acknowledged(answers, "add"),
				acknowledged(answers, "rename"));
	}

	private static void assertUpdatedTitle(WebTestClient admin, String id, List<String> descriptions) {
		assertThat(descriptions).isNotEmpty().doesNotHaveDuplicates();
		assertThat(TestData.version(admin, "/api/v1/registrations/{id}", id)).isEqualTo(descriptions.size());
		List<Map<String, Object>> updates = history(admin, id).stream()
			.filter(entry -> "UPDATED".equals(entry.get("action")))
			.toList();
		assertThat(updates).extracting(entry -> newValue(entry, "description"))
			.containsExactlyInAnyOrderElementsOf(descriptions);
	}

	private static void assertRenamedHolderAndItsTitle(WebTestClient admin, String holderId, String titleId,
			List<String> users, List<String> names) {
		assertThat(users).isNotEmpty();
		assertThat(names).isNotEmpty().doesNotHaveDuplicates();
		assertThat(TestData.version(admin, "/api/v1/holders/{id}", holderId)).as("the holder's version")
			.isEqualTo(names.size());
		Map<String, Object> holder = TestData.json(admin, "/api/v1/holders/{id}", holderId);
		assertThat(names).contains((String) holder.get("name"));
		Map<String, Object> title = TestData.json(admin, "/api/v1/registrations/{id}", titleId);
		assertThat(title.get("holderName")).as("the title's holder name").isEqualTo(holder.get("name"));
		assertThat(TestData.version(admin, "/api/v1/registrations/{id}", titleId)).as("the title's version")
			.isEqualTo(users.size() + names.size());
		List<Map<String, Object>> added = history(admin, titleId).stream()
			.filter(entry -> "AUTHORISED_USER_ADDED".equals(entry.get("action")))
			.toList();
		assertThat(added).hasSize(users.size());
		for (String user : users) {
			assertThat(added).filteredOn(entry -> changes(entry).keySet().stream().anyMatch(k -> k.contains(user)))
				.as("history entries of user %s", user)
				.hasSize(1);
		}
		List<Map<String, Object>> stored = items(
				TestData.json(admin, "/api/v1/registrations/{id}/authorised-users?size=200", titleId));
		assertThat(stored).extracting(user -> (String) user.get("id")).containsExactlyInAnyOrderElementsOf(users);
	}

	/** Reads the title and PUTs a new description with its ETag; again on 412. */
	private Mono<Answer> update(WebClient web, String id, Map<String, Object> body, String description, int attempt) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put("description", description);
		return retried("update", description, attempt,
				etag(web, "/api/v1/registrations/{id}", id).flatMap(etag -> web.put()
					.uri("/api/v1/registrations/{id}", id)
					.header(HttpHeaders.IF_MATCH, etag)
					.bodyValue(changed)
					.exchangeToMono(ContentionIntegrationTests::status)),
				() -> update(web, id, body, description, attempt + 1));
	}

	/** Reads the holder and PUTs a new name with its ETag; again on 412. */
	private Mono<Answer> rename(WebClient web, String id, String name, int attempt) {
		return retried("rename", name, attempt,
				etag(web, "/api/v1/holders/{id}", id).flatMap(etag -> web.put()
					.uri("/api/v1/holders/{id}", id)
					.header(HttpHeaders.IF_MATCH, etag)
					.bodyValue(Map.of("name", name, "kind", "COOPERATIVE", "province", PROVINCE))
					.exchangeToMono(ContentionIntegrationTests::status)),
				() -> rename(web, id, name, attempt + 1));
	}

	private static Mono<Answer> retried(String kind, String key, int attempt, Mono<Integer> sent,
			Supplier<Mono<Answer>> again) {
		return sent.flatMap(
				status -> status == 412 && attempt < TRIES ? again.get() : Mono.just(new Answer(kind, status, key)));
	}

	private Mono<Answer> addUser(WebClient web, String id, int client) {
		return web.post()
			.uri("/api/v1/registrations/{id}/authorised-users", id)
			.bodyValue(Map.of("name", "Hộ sản xuất " + client, "code", "C" + client, "grantedOn", "2024-01-02"))
			.exchangeToMono(response -> response.statusCode().value() == 201
					? response.bodyToMono(OBJECT).map(user -> new Answer("add", 201, (String) user.get("id")))
					: response.releaseBody().thenReturn(new Answer("add", response.statusCode().value(), null)));
	}

	private static Mono<String> etag(WebClient web, String path, String id) {
		return web.get().uri(path, id).retrieve().toBodilessEntity().map(entity -> entity.getHeaders().getETag());
	}

	private static Mono<Integer> status(ClientResponse response) {
		return response.releaseBody().thenReturn(response.statusCode().value());
	}

	private static List<Map<String, Object>> history(WebTestClient web, String id) {
		return web.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(LIST)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> acknowledged(List<Answer> answers, String kind) {
		return answers.stream()
			.filter(answer -> answer.kind().equals(kind) && answer.acknowledged())
			.map(Answer::key)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> changes(Map<String, Object> entry) {
		Object changes = entry.get("changes");
		return changes == null ? Map.of() : (Map<String, Object>) changes;
	}

	@SuppressWarnings("unchecked")
	private static Object newValue(Map<String, Object> entry, String field) {
		List<Object> change = (List<Object>) changes(entry).get(field);
		return change == null ? null : change.get(1);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

}

package vn.dost.registry.registry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients writing one title at once, through the one writer: each write either lands
 * exactly once or is answered 412, never 5xx; history and version count exactly the
 * writes acknowledged.
 */
@RegistryIntegrationTest
class ConcurrentWritesIntegrationTests {

	private static final int CLIENTS = 50;

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@LocalServerPort
	int port;

	@Test
	void fiftyClientsAddingAuthorisedUsersToOneTitleGetTheirUserStoredOnceOr412() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holderId = TestData.holder(admin, "Hội đồng thời " + TestData.serial(), "Quảng Trị");
		String titleId = (String) TestData
			.create(admin, TestData.grantedMark(holderId, "Quảng Trị", LocalDate.of(2019, 3, 1)))
			.get("id");
		Flux.range(0, CLIENTS)
			.flatMap(i -> add(titleId, i), CLIENTS)
			.collectList()
			.as(StepVerifier::create)
			.assertNext(answers -> {
				assertThat(answers).hasSize(CLIENTS);
				assertThat(answers).extracting(Answer::status).allMatch(status -> status == 201 || status == 412);
				List<Object> acknowledged = answers.stream()
					.filter(answer -> answer.status() == 201)
					.map(answer -> answer.body().get("id"))
					.toList();
				assertThat(acknowledged).isNotEmpty();
				assertStored(titleId, acknowledged);
			})
			.verifyComplete();
	}

	@Test
	void aHolderRenamedWhileUsersAreAddedToItsTitleKeepsBothTheNameAndTheUsers() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holderId = TestData.holder(admin, "Hội đổi tên " + TestData.serial(), "Quảng Trị");
		String titleId = (String) TestData
			.create(admin, TestData.grantedMark(holderId, "Quảng Trị", LocalDate.of(2019, 3, 1)))
			.get("id");
		String newName = "Hội đã đổi tên " + TestData.serial();
		Mono<Answer> rename = web().put()
			.uri("/api/v1/holders/{id}", holderId)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("name", newName, "kind", "ASSOCIATION", "province", "Quảng Trị"))
			.exchangeToMono(
					response -> response.releaseBody().thenReturn(new Answer(response.statusCode().value(), Map.of())));
		Flux<Answer> additions = Flux.range(0, CLIENTS / 2).flatMap(i -> add(titleId, i), CLIENTS);
		Flux.merge(additions, rename).collectList().as(StepVerifier::create).assertNext(answers -> {
			assertThat(answers).extracting(Answer::status)
				.allMatch(status -> status == 200 || status == 201 || status == 412);
			assertThat(answers).extracting(Answer::status).contains(200);
			List<Object> acknowledged = answers.stream()
				.filter(answer -> answer.status() == 201)
				.map(answer -> answer.body().get("id"))
				.toList();
			this.mongo.findById(titleId, Registration.class).as(StepVerifier::create).assertNext(stored -> {
				assertThat(stored.getFacts().holderName()).isEqualTo(newName);
				assertThat(stored.getAuthorisedUsers()).extracting(AuthorisedUser::id)
					.containsExactlyInAnyOrderElementsOf(acknowledged.stream().map(String::valueOf).toList());
			}).verifyComplete();
		}).verifyComplete();
	}

	@SuppressWarnings("unchecked")
	private void assertStored(String titleId, List<Object> acknowledged) {
		this.mongo.findById(titleId, Registration.class).as(StepVerifier::create).assertNext(stored -> {
			assertThat(stored.getAuthorisedUsers()).extracting(AuthorisedUser::id)
				.containsExactlyInAnyOrderElementsOf((List<String>) (List<?>) acknowledged);
			assertThat(stored.getHistory()).filteredOn(entry -> entry.kind() == HistoryAction.AUTHORISED_USER_ADDED)
				.hasSize(acknowledged.size());
			assertThat(stored.getVersion()).isEqualTo((long) acknowledged.size());
		}).verifyComplete();
	}

	private Mono<Answer> add(String titleId, int i) {
		return web().post()
			.uri("/api/v1/registrations/{id}/authorised-users", titleId)
			.bodyValue(user(i))
			.exchangeToMono(response -> response.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
			}).defaultIfEmpty(Map.of()).map(body -> new Answer(response.statusCode().value(), body)))
			.timeout(Duration.ofSeconds(120));
	}

	private WebClient web() {
		return WebClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
			.build();
	}

	private static Map<String, Object> user(int i) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Hộ sản xuất " + i);
		body.put("province", "Quảng Trị");
		body.put("code", "C" + String.format("%04d", i) + "-DT");
		body.put("grantedOn", "2024-02-29");
		return body;
	}

	/** One client's answer: its status and body. */
	record Answer(int status, Map<String, Object> body) {
	}

}

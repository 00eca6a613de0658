package vn.dost.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.reactivestreams.client.MongoCollection;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.TestContextManager;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.security.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property-based fuzz run against the real service (the integration tests' shared one,
 * on its random port): batches of generated requests that must all be refused
 * ({@link BadRequests}), sent concurrently over keep-alive connections to every write
 * operation, the title import and the restore. Every answer must come within 30 s, be a
 * 4xx (never a 5xx, never a 2xx) with an RFC 9457 problem body, and nothing may be
 * stored: the titles, holders, OCOP products, users and deleted filings are counted, and
 * the aimed-at records' versions read, after every batch.
 */
class BadInputFuzzTests {

	/**
	 * Requests per try of the property, sent at once. The tries are
	 * {@code jqwik.tries.default}: 25 in junit-platform.properties (1,000 requests in the
	 * default build), 250 in {@code .ci/run} ({@code -Djqwik.tries.default=250}, 10,000
	 * requests).
	 */
	private static final int BATCH = 40;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SENT = new AtomicLong();

	private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();

	private static final Map<String, AtomicInteger> KINDS = new ConcurrentHashMap<>();

	private static long startedAt;

	private static ReactiveMongoTemplate mongo;

	private static HttpClient http;

	private static String base;

	private static BadRequests.Fixture fixture;

	private static Map<String, Long> before;

	/** Carries the integration tests' configuration, so the running service is shared. */
	@RegistryIntegrationTest
	static final class SharedService {

	}

	@BeforeContainer
	static void start() throws Exception {
		ApplicationContext context = new TestContextManager(SharedService.class).getTestContext()
			.getApplicationContext();
		mongo = context.getBean(ReactiveMongoTemplate.class);
		base = "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
		http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		fixture = fixture();
		before = stored();
		startedAt = System.nanoTime();
	}

	@AfterContainer
	static void report() {
		if (http == null) {
			return;
		}
		System.out.printf("Bad input fuzz: %d requests in %d s; statuses %s; kinds %s%n", SENT.get(),
				Duration.ofNanos(System.nanoTime() - startedAt).toSeconds(), new java.util.TreeMap<>(STATUSES),
				new java.util.TreeMap<>(KINDS));
	}

	@Property
	void noMalformedRequestIsAnswered5xxOrStored(@ForAll("batches") List<BadRequest> batch) {
		List<CompletableFuture<String>> answers = batch.stream().map(BadInputFuzzTests::send).toList();
		List<String> failures = answers.stream().map(CompletableFuture::join).filter(f -> f != null).toList();
		assertThat(failures).as("requests not refused with a 4xx problem").isEmpty();
		assertThat(stored()).as("what is stored").isEqualTo(before);
	}

	@Provide
	Arbitrary<List<BadRequest>> batches() {
		return new BadRequests(fixture).any().list().ofSize(BATCH);
	}

	/**
	 * Sends the request; answers null when it was refused as it must be, else why not.
	 */
	private static CompletableFuture<String> send(BadRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic())
			.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		request.headers().forEach(builder::header);
		SENT.incrementAndGet();
		KINDS.computeIfAbsent(request.kind().replaceAll(" [-0-9.e]+$|\\d+$", ""), k -> new AtomicInteger())
			.incrementAndGet();
		return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
			.handle((response, error) -> error != null ? "no answer (" + error + "): " + request
					: judge(request, response));
	}

	private static String judge(BadRequest request, HttpResponse<byte[]> response) {
		int status = response.statusCode();
		STATUSES.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
		if (status < 400 || status >= 500) {
			return status + " " + new String(response.body(), StandardCharsets.UTF_8) + " for " + request;
		}
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("application/problem+json")) {
			return status + " as " + type + " for " + request;
		}
		Map<?, ?> problem = JSON.readValue(response.body(), Map.class);
		if (!(problem.get("type") instanceof String) || !Integer.valueOf(status).equals(problem.get("status"))) {
			return status + " with problem " + problem + " for " + request;
		}
		return null;
	}

	/** How many documents each collection holds, and the aimed-at records' versions. */
	private static Map<String, Long> stored() {
		Map<String, Long> stored = new LinkedHashMap<>();
		for (String collection : List.of(mongo.getCollectionName(Registration.class),
				mongo.getCollectionName(Holder.class), mongo.getCollectionName(OcopProduct.class),
				mongo.getCollectionName(UserAccount.class), "registration_deletions")) {
			stored.put(collection, mongo.getCollection(collection).flatMap(c -> Mono.from(c.countDocuments())).block());
		}
		stored.put("title version", version(mongo.getCollectionName(Registration.class), fixture.titleId()));
		stored.put("holder version", version(mongo.getCollectionName(Holder.class), fixture.holderId()));
		stored.put("OCOP product version", version(mongo.getCollectionName(OcopProduct.class), fixture.ocopId()));
		return stored;
	}

	private static Long version(String collection, String id) {
		return mongo.getCollection(collection)
			.flatMapMany((MongoCollection<Document> c) -> Flux.from(c.find(new Document("_id", id)).first()))
			.next()
			.map(document -> ((Number) document.get("version")).longValue())
			.block();
	}

	/** A holder, a granted title of it and an OCOP product, created through the API. */
	private static BadRequests.Fixture fixture() throws Exception {
		int serial = TestData.serial();
		Map<String, Object> holder = Map.of("name", "HTX thử nghiệm ngẫu nhiên " + serial, "kind", "COOPERATIVE",
				"province", "Quảng Trị");
		String holderId = created("/api/v1/holders", holder);
		Map<String, Object> title = new LinkedHashMap<>(
				TestData.grantedMark(holderId, "Quảng Trị", LocalDate.of(2019, 3, 1)));
		String titleId = created("/api/v1/registrations", title);
		Map<String, Object> ocop = Map.of("name", "Mật ong ngẫu nhiên " + serial, "province", "Quảng Trị",
				"productGroup", "FOOD", "stars", 3, "certifiedOn", "2025-03-12");
		String ocopId = created("/api/v1/ocop-products", ocop);
		return new BadRequests.Fixture(titleId, holderId, ocopId, title, holder, ocop);
	}

	private static String created(String path, Map<String, Object> body) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", basic())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		return (String) JSON.readValue(response.body(), Map.class).get("id");
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}

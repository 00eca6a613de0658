package vn.dost.registry.exchange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryApplication;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.shared.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database seeded by the earlier version (its seed file kept in
 * {@code old-seed/registrations-2026-11-22.csv}), with officers' work on it, started by
 * this version: the seed titles follow the corrected reference, officers' values and
 * records stay, and a second start changes nothing.
 */
@SuppressWarnings("unchecked")
class SeedUpgradeIntegrationTests {

	private static final String GI = "GEOGRAPHICAL_INDICATION";

	private static final String MARK = "COLLECTIVE_MARK";

	private final String dataDir = "target/test-data/upgrade-" + UUID.randomUUID();

	private final String database = "registry-upgrade-" + UUID.randomUUID();

	/** The officers' work on the old database. */
	private final Map<String, String> work = new HashMap<>();

	@Test
	void bringsADatabaseSeededEarlierToTheCorrectedReferenceOnce() {
		OldIds old = new OldIds(ReferenceTitles.seedRows(ReferenceTitles.OLD_SEED));
		run(true, (admin, mongo) -> officersWork(admin, old));
		Map<String, Long> versions = new HashMap<>();
		run(false, (admin, mongo) -> {
			assertCorrected(admin, old);
			assertMarker(mongo, old);
			versions.putAll(versions(admin, old));
		});
		run(false, (admin, mongo) -> {
			assertThat(versions(admin, old)).as("a second start changes nothing").isEqualTo(versions);
			markers(mongo).as(StepVerifier::create).assertNext(found -> assertThat(found).hasSize(1)).verifyComplete();
		});
	}

	/**
	 * An officer corrects a product, links an OCOP product to the second copy of a
	 * duplicated mark, and enters a title the new edition adds; another title of their
	 * own stays theirs.
	 */
	private void officersWork(WebTestClient client, OldIds old) {
		WebTestClient khanhHoa = TestUsers.officer(client, "upgrade-kh", "Khánh Hòa");
		String sheep = old.get(GI, "Cừu Ninh Thuận").get(0);
		Map<String, Object> title = TitleApi.get(khanhHoa, "/api/v1/registrations/" + sheep);
		title.put("product", "Thịt cừu Phan Rang");
		khanhHoa.put()
			.uri("/api/v1/registrations/{id}", sheep)
			.header("If-Match", "\"" + title.get("version") + "\"")
			.bodyValue(title)
			.exchange()
			.expectStatus()
			.isOk();
		WebTestClient langSon = TestUsers.officer(client, "upgrade-ls", "Lạng Sơn");
		Map<String, Object> product = new HashMap<>(Map.of("name", "Quýt vàng Bắc Sơn loại 1", "province", "Lạng Sơn",
				"productGroup", "FOOD", "stars", 4, "certifiedOn", "2025-03-12", "registrationIds",
				List.of(old.get(MARK, "Quýt vàng Bắc Sơn").get(1))));
		TestData.created(langSon, "/api/v1/ocop-products", product);
		Map<String, Object> persimmon = new HashMap<>(Map.of("type", GI, "name", "Hồng không hạt Bảo Lâm", "product",
				"Quả hồng không hạt", "productGroup", "FOOD", "province", "Lạng Sơn", "status", "GRANTED",
				"registrationNumber", "00032", "grantDate", "2012-11-14"));
		this.work.put("persimmon", (String) TestData.create(langSon, persimmon).get("id"));
		Map<String, Object> own = TestData.create(langSon, new HashMap<>(Map.of("type", GI, "name",
				"Chè Mẫu Sơn thử nâng cấp", "product", "Chè", "province", "Lạng Sơn", "status", "GRANTED")));
		this.work.put("own", (String) own.get("id"));
	}

	private void assertCorrected(WebTestClient admin, OldIds old) {
		for (SeedRow row : ReferenceTitles.seedRows("seed-data/registrations.csv")) {
			if (row.name().equals("Hồng không hạt Bảo Lâm")) {
				continue;
			}
			List<String> copies = old.of(row);
			String id = copies.isEmpty() ? row.registrationId() : kept(admin, copies);
			Map<String, Object> title = TitleApi.get(admin, "/api/v1/registrations/" + id);
			boolean sheep = row.name().equals("Cừu Ninh Thuận");
			ReferenceTitles.assertFollows(title, ReferenceTitles.row(row), sheep ? Set.of("product") : Set.of());
			List<Map<String, Object>> corrections = TitleApi.history(admin, id)
				.stream()
				.filter(entry -> entry.get("action").equals("CORRECTED"))
				.toList();
			assertThat(corrections).as("one correction at most: %s", row.name()).hasSizeLessThanOrEqualTo(1);
			corrections.forEach(entry -> assertThat((String) entry.get("note")).contains(row.source()));
		}
		assertSheep(admin, old.get(GI, "Cừu Ninh Thuận").get(0));
		assertChanhRung(admin, old.get(GI, "Chanh rừng Mẫu Sơn").get(0));
		assertTieu(admin, old.get(GI, "Tiêu Quảng Trị").get(0));
		assertDuplicates(admin, old.get(MARK, "Quýt vàng Bắc Sơn"), 1);
		assertDuplicates(admin, old.get(MARK, "Đậu đen xanh lòng Triệu Vân"), -1);
		assertThat(TitleApi.get(admin, "/api/v1/registrations/" + old.get(GI, "Chè vàng Quảng Trị").get(0)))
			.containsEntry("name", "Chè vằng Quảng Trị")
			.containsEntry("registrationNumber", "00126");
		assertThat(TitleApi.history(admin, old.get(GI, "Nước mắm Phú Quốc").get(0))).as("nothing to correct")
			.extracting(entry -> entry.get("action"))
			.containsExactly("RECORDED");
		assertOfficersRecordsStay(admin);
	}

	private void assertSheep(WebTestClient admin, String id) {
		assertThat(TitleApi.get(admin, "/api/v1/registrations/" + id)).containsEntry("product", "Thịt cừu Phan Rang")
			.containsEntry("productGroup", "FOOD")
			.containsEntry("registrationNumber", "00059");
		Map<String, Object> correction = last(TitleApi.history(admin, id));
		assertThat(correction).containsEntry("action", "CORRECTED").containsEntry("actor", "system");
		assertThat((Map<String, Object>) correction.get("changes"))
			.containsKeys("registrationNumber", "grantDate", "grantDecision", "holderId", "productGroup")
			.doesNotContainKey("product");
		assertThat((String) correction.get("note")).contains("product");
	}

	private void assertChanhRung(WebTestClient admin, String id) {
		Map<String, Object> correction = last(TitleApi.history(admin, id));
		assertThat(correction).containsEntry("action", "CORRECTED")
			.containsEntry("fromStatus", "GRANTED")
			.containsEntry("toStatus", "FILED");
		assertThat((String) correction.get("note")).contains("vanphong.langson.gov.vn", "đơn đăng ký");
		admin.get().uri("/api/v1/public/registrations/{id}", id).exchange().expectStatus().isNotFound();
	}

	private void assertTieu(WebTestClient admin, String id) {
		List<Map<String, Object>> history = TitleApi.history(admin, id);
		assertThat(history).extracting(entry -> entry.get("action")).containsExactly("RECORDED", "CORRECTED", "AMEND");
		assertThat((Map<String, Object>) history.get(1).get("changes")).containsOnlyKeys("grantDecision");
		assertThat(history.get(2)).containsEntry("reference", "1076/QĐ-SHTT").containsEntry("date", "2018-04-13");
	}

	/**
	 * One copy of a duplicated title stays (the one at {@code kept}, or either when -1),
	 * the other is withdrawn by correction with its history kept.
	 */
	private void assertDuplicates(WebTestClient admin, List<String> copies, int kept) {
		assertThat(copies).hasSize(2);
		List<String> statuses = copies.stream()
			.map(id -> (String) TitleApi.get(admin, "/api/v1/registrations/" + id).get("status"))
			.toList();
		assertThat(statuses).containsExactlyInAnyOrder("GRANTED", "WITHDRAWN");
		int stays = statuses.indexOf("GRANTED");
		if (kept >= 0) {
			assertThat(stays).isEqualTo(kept);
		}
		List<Map<String, Object>> withdrawn = TitleApi.history(admin, copies.get(1 - stays));
		assertThat(withdrawn).extracting(entry -> entry.get("action")).containsExactly("RECORDED", "CORRECTED");
		assertThat((String) last(withdrawn).get("note")).contains(copies.get(stays));
	}

	private void assertOfficersRecordsStay(WebTestClient admin) {
		assertThat(TitleApi.history(admin, this.work.get("persimmon"))).hasSize(1);
		assertThat(TitleApi.history(admin, this.work.get("own"))).hasSize(1);
		admin.get()
			.uri("/api/v1/registrations?q=00032&type=" + GI)
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].id")
			.value(ids -> assertThat((List<String>) ids).containsExactly(this.work.get("persimmon")));
	}

	private void assertMarker(ReactiveMongoTemplate mongo, OldIds old) {
		markers(mongo).as(StepVerifier::create).assertNext(found -> {
			assertThat(found).hasSize(1);
			Document marker = found.get(0);
			assertThat(marker.getList("corrected", String.class)).contains(old.get(GI, "Chanh rừng Mẫu Sơn").get(0),
					old.get(GI, "Tiêu Quảng Trị").get(0), old.get(GI, "Chè vàng Quảng Trị").get(0));
			assertThat(marker.getList("withdrawn", String.class)).hasSize(2);
			assertThat(marker.getList("added", String.class)).hasSize(3);
			assertThat(marker.getList("amended", String.class)).containsExactly(old.get(GI, "Tiêu Quảng Trị").get(0));
			assertThat(marker.getList("left", String.class)).singleElement()
				.asString()
				.contains(this.work.get("persimmon"), "Hồng không hạt Bảo Lâm");
		}).verifyComplete();
	}

	private static reactor.core.publisher.Mono<List<Document>> markers(ReactiveMongoTemplate mongo) {
		return mongo
			.find(Query.query(Criteria.where("_id").regex("^" + SeedUpgrade.MARKER_PREFIX)), Document.class,
					"registry_meta")
			.collectList();
	}

	/** Every seed title's version, old and new, and the officers' titles'. */
	private Map<String, Long> versions(WebTestClient admin, OldIds old) {
		Map<String, Long> versions = new LinkedHashMap<>();
		List<String> ids = new ArrayList<>(old.all());
		ReferenceTitles.seedRows("seed-data/registrations.csv")
			.stream()
			.filter(row -> old.of(row).isEmpty() && !row.name().equals("Hồng không hạt Bảo Lâm"))
			.forEach(row -> ids.add(row.registrationId()));
		ids.addAll(this.work.values());
		ids.forEach(id -> versions.put(id,
				((Number) TitleApi.get(admin, "/api/v1/registrations/" + id).get("version")).longValue()));
		return versions;
	}

	private String kept(WebTestClient admin, List<String> copies) {
		return copies.stream()
			.filter(id -> !"WITHDRAWN".equals(TitleApi.get(admin, "/api/v1/registrations/" + id).get("status")))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The ids the earlier version gave its seed titles: by type and name (folded, as the
	 * upgrade matches them), in file order.
	 */
	private record OldIds(List<SeedRow> rows) {

		List<String> get(String type, String name) {
			return this.rows.stream()
				.filter(row -> row.type().name().equals(type) && row.name().equals(name))
				.map(SeedRow::registrationId)
				.toList();
		}

		/** The titles the earlier version entered from what is now this row. */
		List<String> of(SeedRow now) {
			List<SeedRow> same = this.rows.stream()
				.filter(row -> row.type() == now.type()
						&& VietnameseText.fold(row.name()).equals(VietnameseText.fold(now.name())))
				.toList();
			if (same.size() > 1 && same.stream().anyMatch(row -> row.registrationNumber() != null)) {
				same = same.stream()
					.filter(row -> Objects.equals(row.registrationNumber(), now.registrationNumber()))
					.toList();
			}
			return same.stream().map(SeedRow::registrationId).toList();
		}

		List<String> all() {
			return this.rows.stream().map(SeedRow::registrationId).toList();
		}

	}

	private static Map<String, Object> last(List<Map<String, Object>> history) {
		return history.get(history.size() - 1);
	}

	/**
	 * Starts the service on the test's database: as the earlier version seeded it (its
	 * seed file, no later decisions, no upgrade), or as this version.
	 */
	private void run(boolean earlier, BiConsumer<WebTestClient, ReactiveMongoTemplate> scenario) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--registry.data-dir=" + this.dataDir,
				"--spring.mongodb.database=" + this.database, "--registry.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"--registry.security.bcrypt-strength=4", "--registry.sweep.cron=-",
				"--registry.reports.warm-up.rounds=0"));
		if (earlier) {
			args.addAll(List.of("--registry.seed.location=classpath:" + ReferenceTitles.OLD_SEED,
					"--registry.seed.decisions-location=", "--registry.seed.upgrade.enabled=false"));
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
			.run(args.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			// A first request after start may take seconds on a busy machine (classes
			// loaded, caches
			// filled): more than the client's default 5 s.
			WebTestClient client = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.responseTimeout(Duration.ofSeconds(60))
				.build();
			scenario.accept(TestUsers.admin(client), context.getBean(ReactiveMongoTemplate.class));
		}
	}

}

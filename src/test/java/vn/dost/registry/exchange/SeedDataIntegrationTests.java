package vn.dost.registry.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;

import org.bson.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.reports.PdfReading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh database holds the seed titles exactly as the checked reference list gives them
 * ({@code reference/known-titles.csv}, a copy of the project's reference): every row,
 * every fact the reference gives, nothing invented; a title no source shows granted is an
 * application; a later amendment is a decision in the history, not text in a field.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class SeedDataIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	/**
	 * The first start records the seed edition it loaded, so the upgrade to that same
	 * edition (the next start-up task) need not read every seed title back to compare: it
	 * records that it changed nothing.
	 */
	@Test
	void recordsTheEditionItLoadedAndUpgradesNothingOfIt() {
		Document seed = this.mongo.findById(SeedData.MARKER, Document.class, "registry_meta").block();
		assertThat(seed).isNotNull();
		assertThat(seed.getLong("titles")).isEqualTo(ReferenceTitles.reference().size());
		String edition = seed.getString("edition");
		assertThat(edition).isNotBlank();
		Document upgrade = this.mongo.findById(SeedUpgrade.MARKER_PREFIX + edition, Document.class, "registry_meta")
			.block();
		assertThat(upgrade).isNotNull();
		for (String changed : List.of("corrected", "withdrawn", "added", "amended", "left")) {
			assertThat(upgrade.getList(changed, String.class)).as(changed).isEmpty();
		}
	}

	@Test
	void seedFileFollowsTheReferenceRowByRow() {
		List<NamedCsvRecord> reference = ReferenceTitles.reference();
		List<NamedCsvRecord> seed = ReferenceTitles.seed();
		assertThat(reference).hasSize(90);
		assertThat(seed).hasSize(reference.size());
		for (int i = 0; i < reference.size(); i++) {
			NamedCsvRecord ref = reference.get(i);
			NamedCsvRecord row = seed.get(i);
			assertThat(row.getField("name")).as("row %d", i + 1).isEqualTo(ref.getField("name"));
			assertThat(row.getField("source")).as(ref.getField("name")).isEqualTo(ref.getField("source"));
			assertThat(row.getField("status")).as(ref.getField("name")).isEqualTo(ref.getField("status"));
			assertThat(row.getField("holderKind")).as(ref.getField("name")).isEqualTo(ref.getField("holder_kind"));
			assertThat(row.getField("productGroup")).as("our classification of %s", ref.getField("name")).isNotEmpty();
		}
	}

	@Test
	void storesEveryReferenceRowWithEveryFactItGives() {
		List<NamedCsvRecord> reference = ReferenceTitles.reference();
		List<String> ids = seedIds();
		WebTestClient admin = TestUsers.admin(this.client);
		Map<String, String> holderKinds = new HashMap<>();
		for (int i = 0; i < reference.size(); i++) {
			NamedCsvRecord ref = reference.get(i);
			Map<String, Object> title = TitleApi.get(admin, "/api/v1/registrations/" + ids.get(i));
			String name = ref.getField("name");
			ReferenceTitles.assertFollows(title, ref, Set.of());
			if (title.get("holderId") != null) {
				String kind = holderKinds.computeIfAbsent((String) title.get("holderId"),
						id -> (String) TitleApi.get(admin, "/api/v1/holders/" + id).get("kind"));
				assertThat(kind).as(name).isEqualTo(ref.getField("holder_kind"));
			}
			assertThat(title.get("filingDate")).as("no source gives a filing date").isNull();
			assertThat((List<String>) title.get("dataIssues")).contains("filingDate.missing");
		}
	}

	@Test
	void listsSeedTitlesOfFormerProvincesUnderTheProvinceCoveringThemNow() {
		List<String> expected = names("Quảng Trị", "Quảng Bình");
		List<String> elsewhere = names("Khánh Hòa");
		assertThat(expected).isNotEmpty();
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/registrations?province=Quảng Trị&size=200")
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].name")
			.value(names -> assertThat((List<String>) names).containsAll(expected)
				.doesNotContainAnyElementsOf(elsewhere));
	}

	@Test
	void listsIncompleteSeedTitlesForOfficersToComplete() {
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/registrations?incomplete=true&size=200")
			.exchange()
			.expectBody()
			.jsonPath("$.items[?(@.name == 'Sầu riêng Khánh Sơn')].dataIssues")
			.value(issues -> assertThat(issues.toString()).contains("filingDate.missing"));
	}

	@Test
	void decisionFieldsHoldDecisionNumbersOnly() {
		WebTestClient admin = TestUsers.admin(this.client);
		for (String id : seedIds()) {
			Object decision = TitleApi.get(admin, "/api/v1/registrations/" + id).get("grantDecision");
			if (decision != null) {
				assertThat((String) decision).matches("\\d+/QĐ-SHTT");
			}
		}
	}

	@Test
	void recordsTheAmendmentOfTieuQuangTriAsADecisionInItsHistory() {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = seedIds().get(rowOf("Tiêu Quảng Trị"));
		assertThat(TitleApi.get(admin, "/api/v1/registrations/" + id).get("grantDecision")).isEqualTo("3875/QĐ-SHTT");
		List<Map<String, Object>> history = TitleApi.history(admin, id);
		assertThat(history).extracting(entry -> entry.get("action")).containsExactly("RECORDED", "AMEND");
		Map<String, Object> amendment = history.get(1);
		assertThat(amendment).containsEntry("date", "2018-04-13")
			.containsEntry("reference", "1076/QĐ-SHTT")
			.containsEntry("fromStatus", "GRANTED")
			.containsEntry("toStatus", "GRANTED")
			.containsEntry("actor", "system");
		assertThat((String) amendment.get("note")).contains("tiêu bột", "most.gov.vn");
	}

	@Test
	void showsChanhRungMauSonAsAnApplicationOnly() {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = seedIds().get(rowOf("Chanh rừng Mẫu Sơn"));
		assertThat(TitleApi.get(admin, "/api/v1/registrations/" + id)).containsEntry("status", "FILED");
		assertThat(TitleApi.history(admin, id)).extracting(entry -> entry.get("toStatus")).containsExactly("FILED");
		this.client.get().uri("/api/v1/public/registrations/{id}", id).exchange().expectStatus().isNotFound();
		this.client.get().uri("/portal/registrations/{id}", id).exchange().expectStatus().isNotFound();
		this.client.get()
			.uri("/api/v1/public/registrations?q=chanh rung mau son")
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].id")
			.value(found -> assertThat((List<String>) found).doesNotContain(id));
		assertThat(this.client.get()
			.uri("/api/v1/public/registrations.csv?province=Lạng Sơn")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Na Lạng Sơn").doesNotContain("Chanh rừng");
	}

	@Test
	void countsChanhRungMauSonAsAnApplicationNotATitleInTheDashboard() {
		Map<String, Object> stats = TitleApi.get(TestUsers.admin(this.client), "/api/v1/stats?province=Lạng Sơn");
		long granted = ReferenceTitles.reference()
			.stream()
			.filter(ref -> ref.getField("province_at_filing").equals("Lạng Sơn"))
			.filter(ref -> ref.getField("status").equals("GRANTED"))
			.count();
		assertThat(((Number) stats.get("totalTitles")).longValue()).isEqualTo(granted);
		Map<String, Map<String, Number>> byType = (Map<String, Map<String, Number>>) stats.get("byTypeAndStatus");
		assertThat(byType.get("GEOGRAPHICAL_INDICATION")).containsEntry("FILED", 1);
		assertThat(byType.get("GEOGRAPHICAL_INDICATION").get("GRANTED").longValue())
			.isEqualTo(ReferenceTitles.reference()
				.stream()
				.filter(ref -> ref.getField("province_at_filing").equals("Lạng Sơn"))
				.filter(ref -> ref.getField("type").equals("GEOGRAPHICAL_INDICATION"))
				.filter(ref -> ref.getField("status").equals("GRANTED"))
				.count());
	}

	@Test
	void countsNoApplicationAsATitleInForceInTheProvincialSummary() {
		List<NamedCsvRecord> granted = ReferenceTitles.reference()
			.stream()
			.filter(ref -> ref.getField("province_at_filing").equals("Lạng Sơn"))
			.filter(ref -> ref.getField("status").equals("GRANTED"))
			.toList();
		assertThat(granted).allSatisfy(ref -> assertThat(ref.getField("grant_date")).isNotEmpty());
		byte[] pdf = TestData.download(TestUsers.admin(this.client),
				"/api/v1/reports/summary.pdf?province=Lạng Sơn&signer=Hoàng Văn Nam");
		String text = PdfReading.of(pdf).text().replaceAll("\\s+", " ");
		assertThat(text).contains("được " + count(granted, "GEOGRAPHICAL_INDICATION") + " chỉ dẫn địa lý, "
				+ count(granted, "CERTIFICATION_MARK") + " nhãn hiệu chứng nhận và " + count(granted, "COLLECTIVE_MARK")
				+ " nhãn hiệu tập thể");
	}

	private static String count(List<NamedCsvRecord> rows, String type) {
		return String.format("%02d", rows.stream().filter(ref -> ref.getField("type").equals(type)).count());
	}

	private static List<String> names(String... provinces) {
		return ReferenceTitles.seed()
			.stream()
			.filter(row -> List.of(provinces).contains(row.getField("province")))
			.map(row -> row.getField("name"))
			.toList();
	}

	private static int rowOf(String name) {
		List<NamedCsvRecord> reference = ReferenceTitles.reference();
		for (int i = 0; i < reference.size(); i++) {
			if (reference.get(i).getField("name").equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException(name);
	}

	/** The ids the seed gave its titles, in the order of the file. */
	static List<String> seedIds() {
		return ReferenceTitles.seedRows("seed-data/registrations.csv").stream().map(SeedRow::registrationId).toList();
	}

}

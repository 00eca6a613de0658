package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestUsers;

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

	private static final String FOREIGN = "(nước ngoài: ";

	@Autowired
	WebTestClient client;

	@Test
	void seedFileFollowsTheReferenceRowByRow() throws IOException {
		List<NamedCsvRecord> reference = reference();
		List<NamedCsvRecord> seed = rows();
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
	void storesEveryReferenceRowWithEveryFactItGives() throws IOException {
		List<NamedCsvRecord> reference = reference();
		List<String> ids = seedIds();
		WebTestClient admin = TestUsers.admin(this.client);
		Map<String, String> holderKinds = new HashMap<>();
		for (int i = 0; i < reference.size(); i++) {
			NamedCsvRecord ref = reference.get(i);
			Map<String, Object> title = get(admin, "/api/v1/registrations/" + ids.get(i));
			String name = ref.getField("name");
			assertThat(title.get("type")).as(name).isEqualTo(ref.getField("type"));
			assertThat(title.get("name")).isEqualTo(name);
			assertThat(title.get("sign")).as(name).isEqualTo(empty(ref.getField("sign")));
			assertThat(title.get("product")).as(name).isEqualTo(ref.getField("product"));
			assertProvince(title, ref.getField("province_at_filing"));
			assertThat(title.get("registrationNumber")).as(name).isEqualTo(empty(ref.getField("registration_number")));
			assertThat(title.get("applicationNumber")).as(name).isEqualTo(empty(ref.getField("application_number")));
			String grant = ref.getField("grant_date");
			assertThat(grant.length() == 10 ? title.get("grantDate") : title.get("grantDatePartial")).as(name)
				.isEqualTo(empty(grant));
			assertThat(title.get("grantDecision")).as(name).isEqualTo(empty(ref.getField("grant_decision")));
			assertThat(title.get("holderName")).as(name).isEqualTo(empty(ref.getField("holder")));
			if (title.get("holderId") != null) {
				String kind = holderKinds.computeIfAbsent((String) title.get("holderId"),
						id -> (String) get(admin, "/api/v1/holders/" + id).get("kind"));
				assertThat(kind).as(name).isEqualTo(ref.getField("holder_kind"));
			}
			assertThat(title.get("status")).as(name).isEqualTo(ref.getField("status"));
			assertThat(title.get("filingDate")).as("no source gives a filing date").isNull();
			assertThat((List<String>) title.get("dataIssues")).contains("filingDate.missing");
		}
	}

	@Test
	void decisionFieldsHoldDecisionNumbersOnly() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		for (String id : seedIds()) {
			Object decision = get(admin, "/api/v1/registrations/" + id).get("grantDecision");
			if (decision != null) {
				assertThat((String) decision).matches("\\d+/QĐ-SHTT");
			}
		}
	}

	@Test
	void recordsTheAmendmentOfTieuQuangTriAsADecisionInItsHistory() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = seedIds().get(rowOf("Tiêu Quảng Trị"));
		assertThat(get(admin, "/api/v1/registrations/" + id).get("grantDecision")).isEqualTo("3875/QĐ-SHTT");
		List<Map<String, Object>> history = history(admin, id);
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
	void showsChanhRungMauSonAsAnApplicationOnly() throws IOException {
		WebTestClient admin = TestUsers.admin(this.client);
		String id = seedIds().get(rowOf("Chanh rừng Mẫu Sơn"));
		assertThat(get(admin, "/api/v1/registrations/" + id)).containsEntry("status", "FILED");
		assertThat(history(admin, id)).extracting(entry -> entry.get("toStatus")).containsExactly("FILED");
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
	void countsChanhRungMauSonAsAnApplicationNotATitleInTheDashboard() throws IOException {
		Map<String, Object> stats = get(TestUsers.admin(this.client), "/api/v1/stats?province=Lạng Sơn");
		long granted = reference().stream()
			.filter(ref -> ref.getField("province_at_filing").equals("Lạng Sơn"))
			.filter(ref -> ref.getField("status").equals("GRANTED"))
			.count();
		assertThat(((Number) stats.get("totalTitles")).longValue()).isEqualTo(granted);
		Map<String, Map<String, Number>> byType = (Map<String, Map<String, Number>>) stats.get("byTypeAndStatus");
		assertThat(byType.get("GEOGRAPHICAL_INDICATION")).containsEntry("FILED", 1);
		assertThat(byType.get("GEOGRAPHICAL_INDICATION").get("GRANTED").longValue()).isEqualTo(reference().stream()
			.filter(ref -> ref.getField("province_at_filing").equals("Lạng Sơn"))
			.filter(ref -> ref.getField("type").equals("GEOGRAPHICAL_INDICATION"))
			.filter(ref -> ref.getField("status").equals("GRANTED"))
			.count());
	}

	private static void assertProvince(Map<String, Object> title, String atFiling) {
		if (atFiling.startsWith(FOREIGN)) {
			assertThat(title.get("country")).isEqualTo(atFiling.substring(FOREIGN.length(), atFiling.length() - 1));
			assertThat(title.get("province")).isNull();
			return;
		}
		List<String> provinces = Arrays.stream(atFiling.split(";")).map(String::strip).toList();
		assertThat(title.get("province")).as(title.get("name").toString()).isEqualTo(provinces.get(0));
		assertThat((List<String>) title.get("additionalProvinces")).isEqualTo(provinces.subList(1, provinces.size()));
		assertThat(title.get("country")).isNull();
	}

	private Map<String, Object> get(WebTestClient admin, String path) {
		return admin.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private List<Map<String, Object>> history(WebTestClient admin, String id) {
		return admin.get()
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

	private static int rowOf(String name) throws IOException {
		List<NamedCsvRecord> reference = reference();
		for (int i = 0; i < reference.size(); i++) {
			if (reference.get(i).getField("name").equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException(name);
	}

	/** The ids the seed gave its titles, in the order of the file. */
	static List<String> seedIds() throws IOException {
		try (var in = new ClassPathResource("seed-data/registrations.csv").getInputStream()) {
			return SeedFiles.of(in.readAllBytes(), null).rows().stream().map(SeedRow::registrationId).toList();
		}
	}

	private static String empty(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	static List<NamedCsvRecord> rows() throws IOException {
		return csv("seed-data/registrations.csv");
	}

	static List<NamedCsvRecord> reference() throws IOException {
		return csv("reference/known-titles.csv");
	}

	private static List<NamedCsvRecord> csv(String path) throws IOException {
		List<NamedCsvRecord> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8); CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			csv.forEach(rows::add);
		}
		return rows;
	}

}

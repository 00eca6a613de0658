package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * The seed titles are the real ones of {@code seed-data/registrations.csv}, nothing
 * invented.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class SeedDataIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void listsEverySeedTitleWithExactlyTheFactsOfItsRow() throws IOException {
		List<NamedCsvRecord> rows = rows();
		assertThat(rows).hasSize(88);
		for (NamedCsvRecord row : rows) {
			Map<String, Object> title = findSeed(row);
			assertThat(title.get("status")).isEqualTo("GRANTED");
			assertThat(title.get("public")).isEqualTo(true);
			assertThat(nullIfEmpty(row.getField("registrationNumber"))).isEqualTo(title.get("registrationNumber"));
			assertThat(nullIfEmpty(row.getField("applicationNumber"))).isEqualTo(title.get("applicationNumber"));
			String grant = row.getField("grantDate");
			Object stored = grant.length() == 10 ? title.get("grantDate") : title.get("grantDatePartial");
			assertThat(nullIfEmpty(grant)).isEqualTo(stored);
			assertThat(title.get("filingDate")).as("no source gives a filing date").isNull();
			assertThat(nullIfEmpty(row.getField("holderName"))).isEqualTo(title.get("holderName"));
			List<String> issues = (List<String>) title.get("dataIssues");
			assertThat(issues).contains("filingDate.missing");
			if (row.getField("registrationNumber").isEmpty()) {
				assertThat(issues).contains("registrationNumber.missing");
			}
		}
	}

	@Test
	void listsSeedTitlesOfFormerQuangBinhUnderQuangTri() throws IOException {
		List<String> expected = rows().stream()
			.filter(row -> List.of("Quảng Trị", "Quảng Bình").contains(row.getField("province")))
			.map(row -> row.getField("name"))
			.toList();
		List<String> elsewhere = rows().stream()
			.filter(row -> row.getField("province").equals("Khánh Hòa"))
			.map(row -> row.getField("name"))
			.toList();
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

	private Map<String, Object> findSeed(NamedCsvRecord row) {
		List<Map<String, Object>> found = new ArrayList<>();
		TestUsers.admin(this.client)
			.get()
			.uri(uri -> uri.path("/api/v1/registrations")
				.queryParam("q", "{q}")
				.queryParam("type", row.getField("type"))
				.queryParam("size", 200)
				.build(row.getField("name")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.value(page -> ((List<Map<String, Object>>) page.get("items")).stream()
				.filter(item -> item.get("name").equals(row.getField("name")))
				.filter(item -> Objects.equals(item.get("registrationNumber"),
						nullIfEmpty(row.getField("registrationNumber"))))
				// Two rows of the reference list share a name (the same mark from two
				// sources): tell them
				// apart by their grant date.
				.filter(item -> row.getField("grantDate").equals(String.valueOf(item.get("grantDate")))
						|| row.getField("grantDate").equals(String.valueOf(item.get("grantDatePartial")))
						|| (row.getField("grantDate").isEmpty() && item.get("grantDate") == null
								&& item.get("grantDatePartial") == null))
				.forEach(found::add));
		assertThat(found).as("seed title %s", row.getField("name")).isNotEmpty();
		return found.get(0);
	}

	private static String nullIfEmpty(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	static List<NamedCsvRecord> rows() throws IOException {
		List<NamedCsvRecord> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("seed-data/registrations.csv").getInputStream(), StandardCharsets.UTF_8);
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			csv.forEach(rows::add);
		}
		return rows;
	}

}

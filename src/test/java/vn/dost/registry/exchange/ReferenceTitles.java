package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked reference list of titles ({@code reference/known-titles.csv}, a copy of the
 * project's shared reference), the seed files, and the check that a stored title says
 * what its reference row says.
 */
final class ReferenceTitles {

	static final String OLD_SEED = "old-seed/registrations-2026-11-22.csv";

	private static final String FOREIGN = "(nước ngoài: ";

	private ReferenceTitles() {
	}

	static List<NamedCsvRecord> reference() {
		return csv("reference/known-titles.csv");
	}

	static List<NamedCsvRecord> seed() {
		return csv("seed-data/registrations.csv");
	}

	/** The rows of a seed file as the loader reads them. */
	static List<SeedRow> seedRows(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return SeedFiles.of(in.readAllBytes(), null).rows();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The reference row the seed row copies. */
	static NamedCsvRecord row(SeedRow seed) {
		String number = seed.registrationNumber() == null ? "" : seed.registrationNumber();
		return reference().stream()
			.filter(row -> row.getField("type").equals(seed.type().name()) && row.getField("name").equals(seed.name())
					&& row.getField("registration_number").equals(number))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Checks that the title (as the officers' API shows it) has every fact of the
	 * reference row, except the named fields.
	 */
	@SuppressWarnings("unchecked")
	static void assertFollows(Map<String, Object> title, NamedCsvRecord ref, Set<String> except) {
		String name = ref.getField("name");
		Map<String, String> expected = new java.util.LinkedHashMap<>();
		expected.put("type", ref.getField("type"));
		expected.put("name", name);
		expected.put("sign", ref.getField("sign"));
		expected.put("product", ref.getField("product"));
		expected.put("registrationNumber", ref.getField("registration_number"));
		expected.put("applicationNumber", ref.getField("application_number"));
		String grant = ref.getField("grant_date");
		expected.put(grant.length() == 10 ? "grantDate" : "grantDatePartial", grant);
		expected.put(grant.length() == 10 ? "grantDatePartial" : "grantDate", "");
		expected.put("grantDecision", ref.getField("grant_decision"));
		expected.put("holderName", ref.getField("holder"));
		expected.put("status", ref.getField("status"));
		expected.keySet().removeAll(except);
		expected.forEach((field, value) -> assertThat(title.get(field)).as("%s of %s", field, name)
			.isEqualTo(value.isEmpty() ? null : value));
		String atFiling = ref.getField("province_at_filing");
		if (atFiling.startsWith(FOREIGN)) {
			assertThat(title.get("country")).isEqualTo(atFiling.substring(FOREIGN.length(), atFiling.length() - 1));
			assertThat(title.get("province")).isNull();
			return;
		}
		List<String> provinces = Arrays.stream(atFiling.split(";")).map(String::strip).toList();
		assertThat(title.get("province")).as(name).isEqualTo(provinces.get(0));
		assertThat((List<String>) title.get("additionalProvinces")).isEqualTo(provinces.subList(1, provinces.size()));
		assertThat(title.get("country")).isNull();
	}

	private static List<NamedCsvRecord> csv(String path) {
		List<NamedCsvRecord> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8); CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			csv.forEach(rows::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}

package vn.dost.registry.provinces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProvincesTests {

	private final Provinces provinces = new Provinces();

	@Test
	void knowsThe63FormerAnd34CurrentProvinces() {
		assertThat(this.provinces.formerProvinces()).hasSize(63);
		assertThat(this.provinces.currentProvinces()).hasSize(34);
	}

	@Test
	void mapsMergedProvincesToTheProvinceThatNowCoversThem() {
		assertThat(this.provinces.currentOf("Quảng Bình")).contains("Quảng Trị");
		assertThat(this.provinces.currentOf("Ninh Thuận")).contains("Khánh Hòa");
		assertThat(this.provinces.currentOf("Tiền Giang")).contains("Đồng Tháp");
		assertThat(this.provinces.currentOf("Thừa Thiên Huế")).contains("Huế");
		assertThat(this.provinces.currentOf("Quảng Trị")).contains("Quảng Trị");
		assertThat(this.provinces.formerProvincesOf("Quảng Trị")).containsExactlyInAnyOrder("Quảng Trị", "Quảng Bình");
	}

	@Test
	void acceptsAnySpellingOfAKnownName() {
		assertThat(this.provinces.canonicalName("quang binh")).contains("Quảng Bình");
		assertThat(this.provinces.canonicalName("Tỉnh Khánh Hòa")).contains("Khánh Hòa");
		assertThat(this.provinces.canonicalName("Thành phố Hồ Chí Minh")).contains("Hồ Chí Minh");
		assertThat(this.provinces.canonicalName("TP. Hồ Chí Minh")).contains("Hồ Chí Minh");
		assertThat(this.provinces.canonicalName("DAK LAK")).contains("Đắk Lắk");
	}

	@Test
	void knowsNoInventedProvince() {
		assertThat(this.provinces.canonicalName("Atlantis")).isEmpty();
		assertThat(this.provinces.currentOf("")).isEmpty();
		assertThat(this.provinces.isCurrent("Quảng Bình")).isFalse();
		assertThat(this.provinces.isCurrent("Quảng Trị")).isTrue();
	}

	@Test
	void understandsProvinceNamesAsPeopleTypeThem() {
		Map<String, String> typed = new HashMap<>();
		typed.put("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu");
		typed.put("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu");
		typed.put("Bà Rịa—Vũng Tàu", "Bà Rịa - Vũng Tàu");
		typed.put("ba ria vung tau", "Bà Rịa - Vũng Tàu");
		typed.put("BR-VT", "Bà Rịa - Vũng Tàu");
		typed.put("Thừa Thiên-Huế", "Thừa Thiên Huế");
		typed.put("Thừa Thiên - Huế", "Thừa Thiên Huế");
		typed.put("TT-Huế", "Thừa Thiên Huế");
		typed.put("Thành phố Huế", "Huế");
		typed.put("TP.HCM", "Hồ Chí Minh");
		typed.put("TP HCM", "Hồ Chí Minh");
		typed.put("TPHCM", "Hồ Chí Minh");
		typed.put("Tp. Hồ Chí Minh", "Hồ Chí Minh");
		typed.put("thành phố Hồ Chí Minh", "Hồ Chí Minh");
		typed.put("Kontum", "Kon Tum");
		typed.put("Đắc Lắc", "Đắk Lắk");
		typed.put("Daklak", "Đắk Lắk");
		typed.put("Đăk Nông", "Đắk Nông");
		typed.put("Đắk Nông", "Đắk Nông");
		typed.put("Đắc Nông", "Đắk Nông");
		typed.put("Bắc Cạn", "Bắc Kạn");
		typed.put("Hanoi", "Hà Nội");
		typed.put("Thủ đô Hà Nội", "Hà Nội");
		typed.put("Khánh Hoà", "Khánh Hòa");
		typed.put("  tỉnh   QUẢNG   TRỊ ", "Quảng Trị");
		typed.forEach(
				(spelling, name) -> assertThat(this.provinces.canonicalName(spelling)).as(spelling).contains(name));
		assertThat(this.provinces.currentOf("Bà Rịa – Vũng Tàu")).contains("Hồ Chí Minh");
		assertThat(this.provinces.isCurrent("TP.HCM")).isTrue();
	}

	@Test
	void resolvesEveryLineOfTheAliasTableToItsProvince() throws IOException {
		String table = new ClassPathResource("provinces/aliases.csv").getContentAsString(StandardCharsets.UTF_8);
		List<String[]> lines = table.lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("alias,"))
			.map(line -> line.split(","))
			.toList();
		assertThat(lines).isNotEmpty();
		Set<String> known = new java.util.HashSet<>(this.provinces.formerProvinces());
		known.addAll(this.provinces.currentProvinces());
		for (String[] line : lines) {
			assertThat(known).as("the province an alias names").contains(line[1]);
			assertThat(this.provinces.canonicalName(line[0])).as(line[0]).contains(line[1]);
		}
	}

	@Test
	void givesEveryNameOfTheTablesAKeyOfItsOwn() {
		Set<String> names = new java.util.HashSet<>(this.provinces.formerProvinces());
		names.addAll(this.provinces.currentProvinces());
		assertThat(names.stream().map(ProvinceSpellings::key).distinct()).hasSameSizeAs(names);
		names.forEach(name -> assertThat(this.provinces.canonicalName(name)).contains(name));
	}

	@Test
	void refusesAnAliasThatWouldMakeANameMeanTwoProvinces() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> new ProvinceSpellings(List.of("Quảng Trị", "Quảng Bình"), Map.of("Quang-Binh", "Quảng Trị")))
			.withMessageContaining("Quảng Bình");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProvinceSpellings(List.of("Quảng Trị"), Map.of("QT", "Atlantis")));
	}

	@Test
	void suggestsTheNearestNameForOneThatIsNotKnown() {
		assertViolation(this.provinces.unknown("province", "Quảng Trj"), "validation.provinceNearest", "Quảng Trj",
				"Quảng Trị");
		assertViolation(this.provinces.unknown("province", "Khanh Hao"), "validation.provinceNearest", "Khanh Hao",
				"Khánh Hòa");
		assertViolation(this.provinces.unknown("province", "Atlantis"), "validation.province", "Atlantis");
		// Quảng Nam and Quảng Ngãi are as near: neither is suggested.
		assertViolation(this.provinces.unknown("province", "Quảng Nai"), "validation.province", "Quảng Nai");
		assertViolation(this.provinces.unknown("province", "Quảng"), "validation.province", "Quảng");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.provinces.require("Atlantis", "province"))
			.satisfies(ex -> assertViolation(ex.violations().get(0), "validation.province", "Atlantis"));
		assertThat(this.provinces.require("tp hcm", "province")).isEqualTo("Hồ Chí Minh");
	}

	private static void assertViolation(FieldViolation violation, String key, Object... arguments) {
		assertThat(violation.field()).isEqualTo("province");
		assertThat(violation.messageKey()).isEqualTo(key);
		assertThat(violation.arguments()).containsExactly(arguments);
	}

}

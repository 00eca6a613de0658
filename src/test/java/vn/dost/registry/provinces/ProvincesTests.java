package vn.dost.registry.provinces;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}

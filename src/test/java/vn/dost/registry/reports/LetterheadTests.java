package vn.dost.registry.reports;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of an official document's header and signature, as Decree 30/2020 writes
 * them.
 */
class LetterheadTests {

	private static final ReportSettings DEFAULTS = new ReportSettings(null, null, null, null, null, "Lê Văn C", null,
			null);

	@Test
	void writesDaysBelowTenAndMonthsOneAndTwoWithALeadingZero() {
		assertThat(Letterhead.dateLine(LocalDate.of(2026, 6, 15))).isEqualTo("ngày 15 tháng 6 năm 2026");
		assertThat(Letterhead.dateLine(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
		assertThat(Letterhead.dateLine(LocalDate.of(2026, 11, 1))).isEqualTo("ngày 01 tháng 11 năm 2026");
	}

	@Test
	void namesTheProvincesPeoplesCommitteeAsSuperiorBodyUnlessSet() {
		Letterhead province = Letterhead.of("Quảng Trị", LocalDate.of(2026, 6, 15), DEFAULTS, "12",
				Letterhead.Signer.of(null, null, DEFAULTS));
		assertThat(province.superiorBody()).isEqualTo("UBND TỈNH QUẢNG TRỊ");
		assertThat(province.placeAndDate()).isEqualTo("Quảng Trị, ngày 15 tháng 6 năm 2026");
		assertThat(province.number()).isEqualTo("12/BC-SKHCN");
		assertThat(province.signerName()).isEqualTo("Lê Văn C");
		assertThat(province.recipients()).isEqualTo(List.of("Như trên;", "Lưu: VT, QLKH."));
		Letterhead city = Letterhead.of("Đà Nẵng", LocalDate.of(2026, 6, 15), DEFAULTS, null,
				Letterhead.Signer.of("Phạm D", null, DEFAULTS));
		assertThat(city.superiorBody()).isEqualTo("UBND THÀNH PHỐ ĐÀ NẴNG");
		assertThat(city.area()).isEqualTo("toàn thành phố");
		assertThat(city.signerName()).isEqualTo("Phạm D");
	}

	@Test
	void signsOnBehalfOfTheDirectorUnlessTheDirectorSigns() {
		Letterhead deputy = Letterhead.of("Quảng Trị", LocalDate.of(2026, 6, 15), DEFAULTS, null,
				Letterhead.Signer.of(null, null, DEFAULTS));
		assertThat(deputy.signerAuthority()).isEqualTo("KT. GIÁM ĐỐC");
		assertThat(deputy.signerTitle()).isEqualTo("PHÓ GIÁM ĐỐC");
		Letterhead director = Letterhead.of("Quảng Trị", LocalDate.of(2026, 6, 15), DEFAULTS, null,
				Letterhead.Signer.of("Hoàng Văn E", " GIÁM ĐỐC ", DEFAULTS));
		assertThat(director.signerAuthority()).isEmpty();
		assertThat(director.signerTitle()).isEqualTo("GIÁM ĐỐC");
		assertThat(director.signerName()).isEqualTo("Hoàng Văn E");
	}

	@Test
	void takesTheSignerFromTheRequestThenTheSettingsAndLeavesWhatNeitherGivesBlank() {
		ReportSettings unnamed = new ReportSettings(null, null, null, null, null, null, null, null);
		assertThat(Letterhead.Signer.of(" ", null, unnamed)).isEqualTo(new Letterhead.Signer("", "PHÓ GIÁM ĐỐC"));
		assertThat(Letterhead.Signer.of(null, null, DEFAULTS))
			.isEqualTo(new Letterhead.Signer("Lê Văn C", "PHÓ GIÁM ĐỐC"));
		assertThat(Letterhead.Signer.of("Phạm D", "CHÁNH VĂN PHÒNG", DEFAULTS))
			.isEqualTo(new Letterhead.Signer("Phạm D", "CHÁNH VĂN PHÒNG"));
	}

}

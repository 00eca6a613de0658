package vn.dost.registry.portal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dost.registry.registry.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV cells a spreadsheet would read as formulas start with an apostrophe; other
 * values are unchanged.
 */
class OpenDataFilesTests {

	@Test
	void putsAnApostropheBeforeTextThatStartsLikeAFormula() {
		for (String risky : new String[] { "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd",
				"\rcmd", "'=already quoted" }) {
			assertThat(OpenDataFiles.csvText(risky)).isEqualTo("'" + risky);
		}
	}

	@Test
	void keepsOtherTextAsItIs() {
		for (String plain : new String[] { "Chè Shan tuyết Suối Giàng", "4-0150001-000", "00201", "6-2019-00012",
				"1234/QĐ-SHTT", "a=b", " =not at the start", "" }) {
			assertThat(OpenDataFiles.csvText(plain)).isEqualTo(plain);
		}
	}

	@Test
	void writesDatesCodesAndEmptyCellsUnchanged() {
		assertThat(OpenDataFiles.csvText(LocalDate.of(2021, 3, 10))).isEqualTo("2021-03-10");
		assertThat(OpenDataFiles.csvText(RegistrationStatus.GRANTED)).isEqualTo("GRANTED");
		assertThat(OpenDataFiles.csvText(null)).isEmpty();
	}

	@Test
	void quotesALegacyNumberThatStartsWithAMinus() {
		// Numbers are checked leniently ([0-9A-Za-z/.-]), so a legacy "-0012" is
		// possible; Excel would read it as -12.
		assertThat(OpenDataFiles.csvText("-0012")).isEqualTo("'-0012");
	}

}

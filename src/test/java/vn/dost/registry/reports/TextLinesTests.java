package vn.dost.registry.reports;

import java.util.List;

import com.itextpdf.kernel.font.PdfFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text broken into lines by glyph widths, as the summary's title table prints its cells.
 */
class TextLinesTests {

	private static final PdfFont FONT = ReportFonts.forOneDocument().regular;

	private static final float SIZE = 9.5f;

	@Test
	void breaksAtSpacesSoThatNoLineIsWiderThanTheWidthAndEachLineIsFull() {
		String text = "Hợp tác xã sản xuất và kinh doanh nước mắm truyền thống Sa Huỳnh Đức Phổ";
		float width = 80;
		List<String> lines = TextLines.of(text, FONT, SIZE, width);
		assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
		assertThat(String.join(" ", lines)).isEqualTo(text);
		for (int i = 0; i < lines.size(); i++) {
			assertThat(FONT.getWidth(lines.get(i), SIZE)).as(lines.get(i)).isLessThanOrEqualTo(width);
			if (i + 1 < lines.size()) {
				String longer = lines.get(i) + " " + lines.get(i + 1).split(" ")[0];
				assertThat(FONT.getWidth(longer, SIZE)).as(longer).isGreaterThan(width);
			}
		}
	}

	@Test
	void breaksAWordLongerThanTheLineBetweenItsLetters() {
		String word = "Nướcmắmtruyềnthốngkhôngcódấucách";
		List<String> lines = TextLines.of("Bình " + word + " Định", FONT, SIZE, 40);
		assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
		assertThat(lines.get(0)).isEqualTo("Bình");
		assertThat(String.join("", lines.subList(1, lines.size())).replace(" ", "")).isEqualTo(word + "Định");
		assertThat(lines).allSatisfy(line -> assertThat(FONT.getWidth(line, SIZE)).isLessThanOrEqualTo(40));
	}

	@Test
	void keepsTheTextsOwnLineBreaksAndGivesNoLineForNoText() {
		assertThat(TextLines.of("Ấp 1\nẤp 2", FONT, SIZE, 200)).containsExactly("Ấp 1", "Ấp 2");
		assertThat(TextLines.of("", FONT, SIZE, 200)).isEmpty();
		assertThat(TextLines.of("  Gạo   ST25 ", FONT, SIZE, 200)).containsExactly("Gạo ST25");
	}

}

package vn.dost.registry.reports;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.kernel.font.PdfFont;

/**
 * Text broken into lines no wider than a width by the font's glyph widths: at spaces, and
 * a word longer than a whole line at its letters (as iText's layout breaks a cell's
 * paragraph).
 */
final class TextLines {

	/** Widths are compared with this much slack (points), against rounding. */
	private static final float SLACK = 0.001f;

	private TextLines() {
	}

	static List<String> of(String text, PdfFont font, float size, float width) {
		List<String> lines = new ArrayList<>(2);
		for (String paragraph : text.split("\n", -1)) {
			wrap(paragraph, font, size, width, lines);
		}
		return lines;
	}

	private static void wrap(String paragraph, PdfFont font, float size, float width, List<String> lines) {
		float space = font.getWidth(' ', size);
		StringBuilder line = new StringBuilder();
		float used = 0;
		for (String word : paragraph.split("[ \\t\\r]+")) {
			if (word.isEmpty()) {
				continue;
			}
			float wide = font.getWidth(word, size);
			if (!line.isEmpty() && used + space + wide <= width + SLACK) {
				line.append(' ').append(word);
				used += space + wide;
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (wide > width + SLACK) {
				String rest = brokenAtLetters(word, font, size, width, lines);
				line.append(rest);
				used = font.getWidth(rest, size);
			}
			else {
				line.append(word);
				used = wide;
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
	}

	/**
	 * Adds the full lines of a word wider than the width, broken between letters, and
	 * returns the rest, which the caller's line continues with.
	 */
	private static String brokenAtLetters(String word, PdfFont font, float size, float width, List<String> lines) {
		int start = 0;
		float run = 0;
		for (int at = 0; at < word.length(); at += Character.charCount(word.codePointAt(at))) {
			float letter = font.getWidth(word.codePointAt(at), size);
			if (run + letter > width + SLACK && at > start) {
				lines.add(word.substring(start, at));
				start = at;
				run = 0;
			}
			run += letter;
		}
		return word.substring(start);
	}

}

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
		float space = font.getWidth(' ', size);
		StringBuilder line = new StringBuilder();
		float used = 0;
		int at = 0;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\n') {
				used = end(line, lines);
				at++;
				continue;
			}
			if (Character.isWhitespace(c)) {
				at++;
				continue;
			}
			int end = at;
			while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
				end++;
			}
			String word = text.substring(at, end);
			at = end;
			float wide = font.getWidth(word, size);
			if (!line.isEmpty() && used + space + wide <= width + SLACK) {
				line.append(' ').append(word);
				used += space + wide;
				continue;
			}
			end(line, lines);
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
		end(line, lines);
		return lines;
	}

	/** Ends the line, if it holds anything; the width used on the next. */
	private static float end(StringBuilder line, List<String> lines) {
		if (!line.isEmpty()) {
			lines.add(line.toString());
			line.setLength(0);
		}
		return 0;
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

package vn.dost.registry.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;

/**
 * The report typeface, Liberation Serif (Times New Roman metrics, SIL OFL 1.1), in its
 * four styles for one PDF: each embedded as a subset with Unicode encoding, so every
 * Vietnamese letter renders and extracts as text.
 */
final class ReportFonts {

	private static final byte[] REGULAR = load("LiberationSerif-Regular.ttf");

	private static final byte[] BOLD = load("LiberationSerif-Bold.ttf");

	private static final byte[] ITALIC = load("LiberationSerif-Italic.ttf");

	private static final byte[] BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

	final PdfFont regular;

	final PdfFont bold;

	final PdfFont italic;

	final PdfFont boldItalic;

	private ReportFonts() {
		this.regular = font(REGULAR);
		this.bold = font(BOLD);
		this.italic = font(ITALIC);
		this.boldItalic = font(BOLD_ITALIC);
	}

	/** Fresh font objects: a PdfFont belongs to the one document it is first used in. */
	static ReportFonts forOneDocument() {
		return new ReportFonts();
	}

	private static PdfFont font(byte[] program) {
		try {
			PdfFont font = PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
					EmbeddingStrategy.FORCE_EMBEDDED);
			font.setSubset(true);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] load(String name) {
		try (InputStream in = ReportFonts.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

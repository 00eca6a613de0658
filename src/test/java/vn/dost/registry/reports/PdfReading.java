package vn.dost.registry.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;

/** A generated PDF read back: its pages' text and what its font dictionaries say. */
public record PdfReading(int pages, List<String> pageTexts, List<String> fontsNotEmbedded, int xObjects) {

	public static PdfReading of(byte[] pdf) {
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			List<String> texts = new ArrayList<>();
			List<String> notEmbedded = new ArrayList<>();
			int[] forms = new int[1];
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				texts.add(PdfTextExtractor.getTextFromPage(document.getPage(page)));
				walk(document.getPage(page).getResources().getPdfObject(), notEmbedded, forms, 0);
			}
			return new PdfReading(document.getNumberOfPages(), texts, notEmbedded, forms[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of a vertical strip of every page ({@code from} and {@code width} in
	 * points from the page's left edge), white space as one space: a table column read
	 * top to bottom, its wrapped cells joined.
	 */
	static String column(byte[] pdf, float from, float width) {
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				Rectangle strip = new Rectangle(from, 0, width, document.getPage(page).getPageSize().getHeight());
				text.append(PdfTextExtractor.getTextFromPage(document.getPage(page), new FilteredTextEventListener(
						new LocationTextExtractionStrategy(), new TextRegionEventFilter(strip))))
					.append('\n');
			}
			return text.toString().replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All the text, runs of white space (line breaks included) as one space. */
	public String text() {
		return String.join(" ", this.pageTexts).replaceAll("\\s+", " ");
	}

	private static void walk(PdfDictionary resources, List<String> notEmbedded, int[] forms, int depth) {
		if (resources == null || depth > 5) {
			return;
		}
		PdfDictionary fonts = resources.getAsDictionary(PdfName.Font);
		if (fonts != null) {
			for (PdfName name : fonts.keySet()) {
				PdfDictionary font = fonts.getAsDictionary(name);
				PdfDictionary described = PdfName.Type0.equals(font.getAsName(PdfName.Subtype))
						? font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0) : font;
				PdfDictionary descriptor = described.getAsDictionary(PdfName.FontDescriptor);
				if (descriptor == null || descriptor.getAsStream(PdfName.FontFile2) == null) {
					notEmbedded.add(String.valueOf(font.getAsName(PdfName.BaseFont)));
				}
			}
		}
		PdfDictionary xObjects = resources.getAsDictionary(PdfName.XObject);
		if (xObjects != null) {
			for (PdfName name : xObjects.keySet()) {
				PdfStream stream = xObjects.getAsStream(name);
				if (PdfName.Form.equals(stream.getAsName(PdfName.Subtype))) {
					forms[0]++;
					walk(stream.getAsDictionary(PdfName.Resources), notEmbedded, forms, depth + 1);
				}
			}
		}
	}

}

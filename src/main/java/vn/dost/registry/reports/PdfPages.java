package vn.dost.registry.reports;

import java.io.OutputStream;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;

/**
 * An A4 portrait document with the margins of Decree 30/2020 (top and bottom 20 mm, left
 * 30, right 15).
 */
final class PdfPages {

	static final float MM = 72f / 25.4f;

	static final float BODY_SIZE = 13;

	static final float TABLE_SIZE = 9.5f;

	private PdfPages() {
	}

	static Document open(OutputStream out) {
		PdfDocument pdf = new PdfDocument(new PdfWriter(out));
		Document document = new Document(pdf, PageSize.A4);
		document.setMargins(20 * MM, 15 * MM, 20 * MM, 30 * MM);
		document.setFontSize(BODY_SIZE);
		return document;
	}

}

package vn.dost.registry.reports;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;

/**
 * Writes each page's number centred at the top of the text area, from page 2 on (Decree
 * 30/2020).
 */
final class PageNumbers extends AbstractPdfDocumentEventHandler {

	private final PdfFont font;

	private PageNumbers(PdfFont font) {
		this.font = font;
	}

	static void addTo(PdfDocument pdf, PdfFont font) {
		pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageNumbers(font));
	}

	@Override
	protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
		PdfPage page = ((PdfDocumentEvent) event).getPage();
		int number = event.getDocument().getPageNumber(page);
		if (number < 2) {
			return;
		}
		Rectangle size = page.getPageSize();
		String text = String.valueOf(number);
		float centre = (30 * PdfPages.MM + size.getWidth() - 15 * PdfPages.MM) / 2;
		float width = this.font.getWidth(text, PdfPages.BODY_SIZE);
		new PdfCanvas(page.newContentStreamAfter(), page.getResources(), event.getDocument()).beginText()
			.setFontAndSize(this.font, PdfPages.BODY_SIZE)
			.moveText(centre - width / 2, size.getTop() - 13 * PdfPages.MM)
			.showText(text)
			.endText()
			.release();
	}

}

package vn.dost.registry.reports;

import java.io.OutputStream;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * Draws A4 sheets of small labels a producer sticks on its packages: each with the
 * protected sign, the producer's code and a QR code to its public verdict page, so a
 * buyer can check on the spot that the producer may use the title. {@value #PER_PAGE}
 * labels of 63.5 × 37 mm a sheet (3 × 7, as common sticker sheets), dashed cut lines.
 * Plain blocking code: call it off the event loop.
 */
final class LabelSheetPdf {

	static final int COLUMNS = 3;

	static final int ROWS = 7;

	static final int PER_PAGE = COLUMNS * ROWS;

	private static final float WIDTH = 63.5f * PdfPages.MM;

	private static final float HEIGHT = 37f * PdfPages.MM;

	private static final float QR_SIZE = 27f * PdfPages.MM;

	private LabelSheetPdf() {
	}

	/**
	 * Writes {@code count} labels, as many sheets as they need; every label carries the
	 * same sign, code and QR code.
	 */
	static void write(String sign, String code, String checkUrl, int count, OutputStream out) {
		ReportFonts fonts = ReportFonts.forOneDocument();
		PdfDocument pdf = new PdfDocument(new PdfWriter(out));
		try (Document document = new Document(pdf, PageSize.A4)) {
			float side = (PageSize.A4.getWidth() - COLUMNS * WIDTH) / 2;
			float top = (PageSize.A4.getHeight() - ROWS * HEIGHT) / 2;
			document.setMargins(top, side, top, side);
			document.setFont(fonts.regular);
			PdfFormXObject qr = new BarcodeQRCode(checkUrl).createFormXObject(ColorConstants.BLACK, pdf);
			Table sheet = new Table(UnitValue.createPointArray(new float[] { WIDTH, WIDTH, WIDTH }));
			for (int i = 0; i < count; i++) {
				sheet.addCell(label(sign, code, qr, fonts));
			}
			for (int i = count; i % COLUMNS != 0; i++) {
				sheet.addCell(new Cell().setHeight(HEIGHT).setBorder(new DashedBorder(ColorConstants.GRAY, 0.5f)));
			}
			document.add(sheet);
		}
	}

	private static Cell label(String sign, String code, PdfFormXObject qr, ReportFonts fonts) {
		Table inside = new Table(UnitValue.createPercentArray(new float[] { 56, 44 })).useAllAvailableWidth();
		inside.addCell(SummaryPdf
			.plain(new Paragraph(Labels.text(sign)).setFont(fonts.bold)
				.setFontSize(10)
				.setMargin(0)
				.setMultipliedLeading(1), new Paragraph("Mã số").setFontSize(7).setMarginTop(4).setMarginBottom(0),
					new Paragraph(Labels.text(code)).setFont(fonts.bold).setFontSize(9).setMargin(0),
					new Paragraph("Quét mã để kiểm tra").setFont(fonts.italic).setFontSize(6.5f).setMarginTop(3))
			.setVerticalAlignment(VerticalAlignment.MIDDLE));
		Paragraph image = new Paragraph().add(new Image(qr).scaleToFit(QR_SIZE, QR_SIZE))
			.setTextAlignment(TextAlignment.CENTER)
			.setMargin(0);
		inside.addCell(SummaryPdf.plain(image).setVerticalAlignment(VerticalAlignment.MIDDLE));
		return new Cell().add(inside)
			.setHeight(HEIGHT)
			.setPadding(3 * PdfPages.MM)
			.setTextAlignment(TextAlignment.LEFT)
			.setVerticalAlignment(VerticalAlignment.MIDDLE)
			.setBorder(new DashedBorder(ColorConstants.GRAY, 0.5f));
	}

}

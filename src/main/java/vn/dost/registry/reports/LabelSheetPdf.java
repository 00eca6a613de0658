package vn.dost.registry.reports;

import java.io.OutputStream;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * Draws A4 sheets of small labels a producer sticks on its packages: each with the
 * protected sign, the producer's code and a QR code to its public verdict page, so a
 * buyer can check on the spot that the producer may use the title. The common 21-label
 * sticker sheet's geometry (3 × 7 labels of 63.5 × 38.1 mm, 15.15 mm from the top, 7.25
 * mm from the left, 2.5 mm between columns), each label placed where the sheet has it,
 * with a dashed outline to cut along on plain paper. Plain blocking code: call it off the
 * event loop.
 */
final class LabelSheetPdf {

	static final int COLUMNS = 3;

	static final int ROWS = 7;

	static final int PER_PAGE = COLUMNS * ROWS;

	private static final float WIDTH = 63.5f * PdfPages.MM;

	private static final float HEIGHT = 38.1f * PdfPages.MM;

	private static final float COLUMN_PITCH = 66f * PdfPages.MM;

	private static final float TOP = 15.15f * PdfPages.MM;

	private static final float LEFT = 7.25f * PdfPages.MM;

	private static final float QR_SIZE = 26f * PdfPages.MM;

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
			document.setFont(fonts.regular);
			PdfFormXObject qr = new BarcodeQRCode(checkUrl).createFormXObject(ColorConstants.BLACK, pdf);
			for (int i = 0; i < count; i++) {
				int place = i % PER_PAGE;
				if (i > 0 && place == 0) {
					document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
				}
				float left = LEFT + (place % COLUMNS) * COLUMN_PITCH;
				float bottom = PageSize.A4.getHeight() - TOP - (place / COLUMNS + 1) * HEIGHT;
				document.add(label(sign, code, qr, fonts).setFixedPosition(left, bottom, WIDTH));
			}
		}
	}

	private static Div label(String sign, String code, PdfFormXObject qr, ReportFonts fonts) {
		Table inside = new Table(UnitValue.createPercentArray(new float[] { 54, 46 })).useAllAvailableWidth();
		inside.addCell(SummaryPdf
			.plain(new Paragraph(Labels.text(sign)).setFont(fonts.bold)
				.setFontSize(10)
				.setMargin(0)
				.setMultipliedLeading(1), new Paragraph("Mã số").setFontSize(7).setMarginTop(4).setMarginBottom(0),
					new Paragraph(Labels.text(code)).setFont(fonts.bold).setFontSize(9).setMargin(0),
					new Paragraph("Quét mã để kiểm tra").setFont(fonts.italic).setFontSize(6.5f).setMarginTop(3))
			.setVerticalAlignment(VerticalAlignment.MIDDLE));
		inside.addCell(new Cell().add(new Image(qr).scaleToFit(QR_SIZE, QR_SIZE))
			.setBorder(Border.NO_BORDER)
			.setPadding(0)
			.setVerticalAlignment(VerticalAlignment.MIDDLE));
		Div label = new Div().add(inside);
		label.setHeight(HEIGHT);
		label.setPadding(2 * PdfPages.MM);
		label.setVerticalAlignment(VerticalAlignment.MIDDLE);
		label.setBorder(new DashedBorder(ColorConstants.GRAY, 0.5f));
		return label;
	}

}

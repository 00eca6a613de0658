package vn.dost.registry.reports;

import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

/**
 * The header and the closing block of an official document, as borderless two-column
 * tables.
 */
final class SummaryHeader {

	private SummaryHeader() {
	}

	static Table of(Letterhead letterhead, ReportFonts fonts) {
		// The header may reach into the margins (as printed letterheads do) so each
		// body's name fits on one line.
		Table table = new Table(UnitValue.createPercentArray(new float[] { 42, 58 }))
			.setWidth((210 - 45 + 15) * PdfPages.MM)
			.setMarginLeft(-10 * PdfPages.MM)
			.setMarginRight(-5 * PdfPages.MM);
		table.addCell(SummaryPdf.plain(centred(letterhead.superiorBody(), 13).setFont(fonts.regular),
				centred(letterhead.issuingBody(), 13).setFont(fonts.bold), SummaryPdf.rule(35),
				centred("Số: " + letterhead.number(), 13).setFont(fonts.regular)));
		table.addCell(SummaryPdf.plain(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12).setFont(fonts.bold),
				centred("Độc lập - Tự do - Hạnh phúc", 13).setFont(fonts.bold), SummaryPdf.rule(55),
				centred(letterhead.placeAndDate(), 13).setFont(fonts.italic)));
		return table;
	}

	static Table signature(Letterhead letterhead, ReportFonts fonts) {
		Table table = new Table(UnitValue.createPercentArray(new float[] { 50, 50 })).useAllAvailableWidth()
			.setMarginTop(12)
			.setKeepTogether(true);
		Div recipients = new Div();
		recipients.add(new Paragraph("Nơi nhận:").setFont(fonts.boldItalic).setFontSize(12).setMargin(0));
		letterhead.recipients()
			.forEach(line -> recipients.add(new Paragraph("- " + line).setFontSize(11).setMargin(0)));
		table.addCell(SummaryPdf.plain(recipients));
		Div signer = new Div();
		if (!letterhead.signerAuthority().isEmpty()) {
			signer.add(centred(letterhead.signerAuthority(), 13).setFont(fonts.bold));
		}
		signer.add(centred(letterhead.signerTitle(), 13).setFont(fonts.bold))
			.add(centred(letterhead.signerName(), 13).setFont(fonts.bold).setMarginTop(70));
		table.addCell(SummaryPdf.plain(signer));
		return table;
	}

	private static Paragraph centred(String text, float size) {
		return new Paragraph(text).setFontSize(size)
			.setTextAlignment(TextAlignment.CENTER)
			.setMargin(0)
			.setMultipliedLeading(1.1f);
	}

}

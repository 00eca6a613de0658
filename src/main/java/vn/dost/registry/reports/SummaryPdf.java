package vn.dost.registry.reports;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import vn.dost.registry.deadlines.MarkDeadline;

/**
 * Draws the provincial summary in the layout of Decree 30/2020 (Annex I): two-column
 * header, title and subject, the five parts of the body, recipients and signature; page
 * numbers from page 2. Plain blocking code: call it off the event loop. Each page is
 * written out once full, so a report of thousands of titles is written page by page.
 */
final class SummaryPdf {

	/**
	 * Widths (percent) of the title table's columns: ordinal (four digits on one line),
	 * name, type, product, holder, number, date, status.
	 */
	static final float[] TITLE_COLUMNS = { 6, 18, 11, 12, 17, 14, 12, 10 };

	private static final float[] DUE_COLUMNS = { 6, 36, 18, 24, 16 };

	/** Part 5 kept whole with the signature up to this many due titles. */
	private static final int KEPT_DUE_ROWS = 8;

	/** Beyond that, the due titles' rows kept with the signature. */
	private static final int KEPT_TAIL_ROWS = 3;

	private SummaryPdf() {
	}

	static void write(ProvincialSummary summary, OutputStream out) {
		ReportFonts fonts = ReportFonts.forOneDocument();
		try (Document document = PdfPages.open(out)) {
			document.setFont(fonts.regular);
			PageNumbers.addTo(document.getPdfDocument(), fonts.regular);
			document.add(SummaryHeader.of(summary.letterhead(), fonts));
			document.add(new Paragraph("BÁO CÁO").setFont(fonts.bold)
				.setFontSize(14)
				.setTextAlignment(TextAlignment.CENTER)
				.setMarginTop(18)
				.setMarginBottom(0));
			document.add(new Paragraph(summary.letterhead().subject()).setFont(fonts.bold)
				.setFontSize(14)
				.setTextAlignment(TextAlignment.CENTER)
				.setMarginBottom(12));
			document.add(heading("1. Tình hình bảo hộ", fonts));
			document.add(body(summary.totalsSentence()));
			document.add(heading(summary.tableHeading(), fonts));
			titles(document, summary, fonts);
			document.add(heading("3. Số văn bằng được cấp theo năm", fonts));
			document.add(new Image(SummaryChart.draw(summary.grantedPerYear(), fonts, document.getPdfDocument()))
				.setHorizontalAlignment(HorizontalAlignment.CENTER));
			document.add(heading("4. Sản phẩm OCOP theo hạng sao", fonts));
			document.add(ocop(summary.ocopByStars(), fonts));
			closing(document, summary, fonts);
		}
	}

	/**
	 * Part 2's table, drawn by hand ({@link RuledTable}): iText's table layout of its
	 * thousands of cells was most of the report's time.
	 */
	private static void titles(Document document, ProvincialSummary summary, ReportFonts fonts) {
		RuledTable table = new RuledTable(TITLE_COLUMNS, textWidth(document), fonts, PdfPages.TABLE_SIZE).header("TT",
				"Tên", "Loại", "Sản phẩm", "Chủ sở hữu / tổ chức quản lý", "Số văn bằng", "Ngày cấp", "Tình trạng");
		int ordinal = 0;
		for (SummaryRow row : summary.rows()) {
			table.row(row.cells(++ordinal));
		}
		if (ordinal == 0) {
			table.across("Chưa có văn bằng.");
		}
		document.add(table.element());
	}

	private static Table ocop(Map<Integer, Long> byStars, ReportFonts fonts) {
		Table table = new Table(UnitValue.createPercentArray(new float[] { 50, 50 }))
			.setWidth(UnitValue.createPercentValue(60))
			.setHorizontalAlignment(HorizontalAlignment.CENTER)
			.setFontSize(12);
		RecordSheetPdf.header(table, fonts, "Hạng", "Số sản phẩm");
		long total = 0;
		for (Map.Entry<Integer, Long> stars : byStars.entrySet()) {
			table.addCell(stars.getKey() + " sao");
			table.addCell(new Cell().add(new Paragraph(Labels.count(stars.getValue())))
				.setTextAlignment(TextAlignment.CENTER));
			total += stars.getValue();
		}
		table.addCell(new Cell().add(new Paragraph("Tổng cộng").setFont(fonts.bold)));
		table.addCell(new Cell().add(new Paragraph(Labels.count(total)).setFont(fonts.bold))
			.setTextAlignment(TextAlignment.CENTER));
		return table;
	}

	/**
	 * Part 5 and the signature block. The block never stands alone on a page: it is kept
	 * together with the part's last lines (the whole part when it is short, else the last
	 * rows of its table, drawn as a continuation of it).
	 */
	private static void closing(Document document, ProvincialSummary summary, ReportFonts fonts) {
		Div kept = new Div().setKeepTogether(true);
		Paragraph heading = heading("5. Văn bằng đến hạn gia hạn hoặc hết thời gian ân hạn trong 12 tháng tới", fonts);
		List<MarkDeadline> due = summary.due();
		if (due.isEmpty()) {
			kept.add(heading).add(body("Không có văn bằng đến hạn trong 12 tháng tới."));
		}
		else if (due.size() <= KEPT_DUE_ROWS) {
			kept.add(heading).add(due(document, due, 0, true, fonts));
		}
		else {
			document.add(heading);
			int split = due.size() - KEPT_TAIL_ROWS;
			document.add(due(document, due.subList(0, split), 0, true, fonts));
			kept.add(due(document, due.subList(split, due.size()), split, false, fonts));
		}
		document.add(kept.add(SummaryHeader.signature(summary.letterhead(), fonts)));
	}

	/**
	 * The due titles from the ordinal after {@code before}, with or without the header;
	 * drawn by hand like part 2 (a province's due titles run to hundreds at national
	 * scale).
	 */
	private static IBlockElement due(Document document, List<MarkDeadline> due, int before, boolean header,
			ReportFonts fonts) {
		RuledTable table = new RuledTable(DUE_COLUMNS, textWidth(document), fonts, PdfPages.TABLE_SIZE);
		if (header) {
			table.header("TT", "Tên", "Số văn bằng", "Việc đến hạn", "Ngày");
		}
		int ordinal = before;
		for (MarkDeadline each : due) {
			table.row(String.valueOf(++ordinal), Labels.text(each.mark().facts().name()),
					Labels.text(each.mark().facts().registrationNumber()), Labels.deadline(each.kind()),
					Labels.day(each.date()));
		}
		return table.element();
	}

	private static float textWidth(Document document) {
		return document.getPdfDocument().getDefaultPageSize().getWidth() - document.getLeftMargin()
				- document.getRightMargin();
	}

	static Paragraph heading(String text, ReportFonts fonts) {
		return new Paragraph(text).setFont(fonts.bold).setMarginTop(8).setMarginBottom(6).setKeepWithNext(true);
	}

	static Paragraph body(String text) {
		return new Paragraph(Labels.text(text)).setTextAlignment(TextAlignment.JUSTIFIED)
			.setFirstLineIndent(10 * PdfPages.MM)
			.setMarginBottom(6);
	}

	static LineSeparator rule(float percent) {
		return new LineSeparator(new SolidLine(0.6f)).setWidth(UnitValue.createPercentValue(percent))
			.setHorizontalAlignment(HorizontalAlignment.CENTER)
			.setMarginTop(1)
			.setMarginBottom(4);
	}

	static Cell plain(IBlockElement... content) {
		Cell cell = new Cell().setBorder(Border.NO_BORDER).setPadding(0);
		for (IBlockElement element : content) {
			cell.add(element);
		}
		return cell;
	}

}

package vn.dost.registry.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.dost.registry.deadlines.MarkDeadline;
import vn.dost.registry.registry.RegistrationType;

/**
 * Writes the provincial summary as an editable Word document with the same parts as the
 * PDF; the chart is given as a table of the counts per year (Word users redraw it as they
 * like). Plain blocking code.
 */
final class SummaryDocx {

	private static final String FONT = "Times New Roman";

	private static final int TWIPS_PER_MM = 1440 * 10 / 254;

	private SummaryDocx() {
	}

	static void write(ProvincialSummary summary, OutputStream out) {
		try (OutputStream target = out; XWPFDocument doc = new XWPFDocument()) {
			page(doc);
			Letterhead head = summary.letterhead();
			XWPFTable header = borderless(doc, 1, 2);
			lines(header.getRow(0).getCell(0), new Line(head.superiorBody(), 13, false, false),
					new Line(head.issuingBody(), 13, true, false), new Line("Số: " + head.number(), 13, false, false));
			lines(header.getRow(0).getCell(1), new Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false),
					new Line("Độc lập - Tự do - Hạnh phúc", 13, true, false),
					new Line(head.placeAndDate(), 13, false, true));
			underline(header.getRow(0).getCell(0).getParagraphs().get(1), 900);
			underline(header.getRow(0).getCell(1).getParagraphs().get(1), 1000);
			paragraph(doc, "BÁO CÁO", true, ParagraphAlignment.CENTER).setSpacingBefore(360);
			paragraph(doc, head.subject(), true, ParagraphAlignment.CENTER);
			paragraph(doc, "1. Tình hình bảo hộ", true, ParagraphAlignment.LEFT);
			paragraph(doc, summary.totalsSentence(), false, ParagraphAlignment.BOTH).setIndentationFirstLine(567);
			paragraph(doc, summary.tableHeading(), true, ParagraphAlignment.LEFT);
			titles(doc, summary);
			paragraph(doc, "3. Số văn bằng được cấp theo năm", true, ParagraphAlignment.LEFT);
			perYear(doc, summary.grantedPerYear());
			paragraph(doc, "4. Sản phẩm OCOP theo hạng sao", true, ParagraphAlignment.LEFT);
			ocop(doc, summary.ocopByStars());
			keptWithNext(paragraph(doc, "5. Văn bằng đến hạn gia hạn hoặc hết thời gian ân hạn trong 12 tháng tới",
					true, ParagraphAlignment.LEFT));
			due(doc, summary.due());
			signature(doc, head);
			doc.write(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
		margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
		// Page numbers centred at the top from page 2: a different (empty) first-page
		// header.
		section.addNewTitlePg();
		doc.createHeader(HeaderFooterType.FIRST);
		XWPFParagraph number = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private static void titles(XWPFDocument doc, ProvincialSummary summary) {
		XWPFTable table = doc.createTable(1, 8);
		fill(table.getRow(0), true, "TT", "Tên", "Loại", "Sản phẩm", "Chủ sở hữu / tổ chức quản lý", "Số văn bằng",
				"Ngày cấp", "Tình trạng");
		table.getRow(0).setRepeatHeader(true);
		int ordinal = 0;
		for (SummaryRow row : summary.rows()) {
			fill(table.createRow(), false, row.cells(++ordinal));
		}
	}

	private static void perYear(XWPFDocument doc, Map<Integer, Map<RegistrationType, Long>> perYear) {
		XWPFTable table = doc.createTable(1, 4);
		fill(table.getRow(0), true, "Năm", Labels.type(RegistrationType.GEOGRAPHICAL_INDICATION),
				Labels.type(RegistrationType.CERTIFICATION_MARK), Labels.type(RegistrationType.COLLECTIVE_MARK));
		perYear.forEach((year, counts) -> fill(table.createRow(), false, String.valueOf(year),
				String.valueOf(counts.getOrDefault(RegistrationType.GEOGRAPHICAL_INDICATION, 0L)),
				String.valueOf(counts.getOrDefault(RegistrationType.CERTIFICATION_MARK, 0L)),
				String.valueOf(counts.getOrDefault(RegistrationType.COLLECTIVE_MARK, 0L))));
	}

	/** OCOP products by stars and their total, as the PDF has them. */
	private static void ocop(XWPFDocument doc, Map<Integer, Long> byStars) {
		XWPFTable table = doc.createTable(1, 2);
		fill(table.getRow(0), true, "Hạng", "Số sản phẩm");
		byStars.forEach((stars, count) -> fill(table.createRow(), false, stars + " sao", Labels.count(count)));
		long total = byStars.values().stream().mapToLong(Long::longValue).sum();
		fill(table.createRow(), true, "Tổng cộng", Labels.count(total));
	}

	/**
	 * Part 5, kept on the page of the signature that follows: Word moves the last lines
	 * with it rather than leave the signature alone.
	 */
	private static void due(XWPFDocument doc, List<MarkDeadline> due) {
		if (due.isEmpty()) {
			keptWithNext(
					paragraph(doc, "Không có văn bằng đến hạn trong 12 tháng tới.", false, ParagraphAlignment.BOTH));
			return;
		}
		XWPFTable table = doc.createTable(1, 5);
		fill(table.getRow(0), true, "TT", "Tên", "Số văn bằng", "Việc đến hạn", "Ngày");
		int ordinal = 0;
		for (MarkDeadline each : due) {
			fill(table.createRow(), false, String.valueOf(++ordinal), Labels.text(each.mark().facts().name()),
					Labels.text(each.mark().facts().registrationNumber()), Labels.deadline(each.kind()),
					Labels.day(each.date()));
		}
		List<XWPFTableRow> rows = table.getRows();
		rows.subList(Math.max(1, rows.size() - 3), rows.size())
			.forEach(row -> row.getTableCells()
				.forEach(cell -> cell.getParagraphs().forEach(SummaryDocx::keptWithNext)));
	}

	private static XWPFParagraph keptWithNext(XWPFParagraph paragraph) {
		// POI's setKeepNext expects the paragraph's properties to exist already.
		if (!paragraph.getCTP().isSetPPr()) {
			paragraph.getCTP().addNewPPr();
		}
		paragraph.setKeepNext(true);
		return paragraph;
	}

	private static void signature(XWPFDocument doc, Letterhead head) {
		XWPFTable table = borderless(doc, 1, 2);
		table.getRow(0).setCantSplitRow(true);
		XWPFTableCell left = table.getRow(0).getCell(0);
		run(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
		head.recipients().forEach(line -> run(left.addParagraph(), "- " + line, 11, false, false));
		List<Line> signer = new ArrayList<>();
		if (!head.signerAuthority().isEmpty()) {
			signer.add(new Line(head.signerAuthority(), 13, true, false));
		}
		signer.add(new Line(head.signerTitle(), 13, true, false));
		Line space = new Line("", 13, false, false);
		signer.addAll(List.of(space, space, space, new Line(head.signerName(), 13, true, false)));
		lines(table.getRow(0).getCell(1), signer.toArray(Line[]::new));
	}

	/** One centred line of a header or signature cell. */
	private record Line(String text, int size, boolean bold, boolean italic) {
	}

	private static void lines(XWPFTableCell cell, Line... lines) {
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			run(paragraph, lines[i].text(), lines[i].size(), lines[i].bold(), lines[i].italic());
		}
	}

	/**
	 * A short rule under the paragraph: a bottom border narrowed by indents on both
	 * sides.
	 */
	private static void underline(XWPFParagraph paragraph, int indent) {
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
	}

	private static XWPFTable borderless(XWPFDocument doc, int rows, int columns) {
		XWPFTable table = doc.createTable(rows, columns);
		table.removeBorders();
		table.setWidth("100%");
		return table;
	}

	private static void fill(XWPFTableRow row, boolean bold, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			XWPFTableCell cell = row.getCell(i) != null ? row.getCell(i) : row.addNewTableCell();
			run(cell.getParagraphs().get(0), texts[i], 11, bold, false);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(align);
		paragraph.setSpacingAfter(120);
		run(paragraph, text, 13, bold, false);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setText(Labels.text(text));
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
	}

}

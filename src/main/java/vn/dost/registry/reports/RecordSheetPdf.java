package vn.dost.registry.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.HistoryAction;
import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.Renewal;

/**
 * Draws a title's record sheet: its facts, the decisions of its history, its active
 * authorised users and a QR code to its public page. Plain blocking code: call it off the
 * event loop.
 */
final class RecordSheetPdf {

	private static final float QR_SIZE = 85;

	private RecordSheetPdf() {
	}

	/**
	 * Writes the sheet; a public copy shows authorised users by name and locality
	 * (province), not address.
	 */
	static void write(Registration title, LocalDate today, String publicUrl, boolean publicCopy, OutputStream out) {
		ReportFonts fonts = ReportFonts.forOneDocument();
		try (Document document = PdfPages.open(out)) {
			document.setFont(fonts.regular);
			RegistrationFacts facts = title.getFacts();
			document.add(new Paragraph("PHIẾU THÔNG TIN VĂN BẰNG BẢO HỘ").setFont(fonts.bold)
				.setFontSize(14)
				.setTextAlignment(TextAlignment.CENTER)
				.setMarginBottom(0));
			document.add(new Paragraph(Labels.text(facts.name())).setFont(fonts.bold)
				.setFontSize(16)
				.setTextAlignment(TextAlignment.CENTER));
			document.add(facts(title, today, fonts));
			document.add(heading("Các quyết định", fonts));
			document.add(decisions(facts, title.getHistory(), fonts));
			document.add(heading("Tổ chức, cá nhân được phép sử dụng (đang hiệu lực)", fonts));
			document.add(users(title.getAuthorisedUsers(), today, publicCopy, fonts));
			document.add(qr(publicUrl, document));
			document.add(new Paragraph("Tra cứu công khai: " + publicUrl).setFont(fonts.italic)
				.setFontSize(10)
				.setTextAlignment(TextAlignment.RIGHT));
		}
	}

	private static Table facts(Registration title, LocalDate today, ReportFonts fonts) {
		RegistrationFacts f = title.getFacts();
		Renewal renewal = title.renewalOn(today);
		Table table = new Table(UnitValue.createPercentArray(new float[] { 32, 68 })).useAllAvailableWidth()
			.setFontSize(12);
		row(table, fonts, "Loại", Labels.type(f.type()));
		row(table, fonts, "Sản phẩm", f.product());
		row(table, fonts, "Khu vực địa lý", f.area());
		row(table, fonts, "Tỉnh (2025)", String.join(", ", f.currentProvinces()));
		row(table, fonts, "Chủ sở hữu / tổ chức quản lý", f.holderName());
		row(table, fonts, "Số đơn", f.applicationNumber());
		row(table, fonts, "Số văn bằng", f.registrationNumber());
		row(table, fonts, "Ngày nộp đơn", Labels.day(f.filingDate()));
		row(table, fonts, "Ngày cấp", f.grantDate() != null ? Labels.day(f.grantDate()) : f.grantDatePartial());
		row(table, fonts, "Ngày hết hạn", title.getType().isMark() ? Labels.day(title.getExpiryDate()) : "Vô thời hạn");
		row(table, fonts, "Gia hạn", Labels.renewal(renewal == null ? null : renewal.state()));
		row(table, fonts, "Tình trạng", Labels.status(title.statusOn(today)));
		return table;
	}

	private static void row(Table table, ReportFonts fonts, String label, String value) {
		table.addCell(new Cell().add(new Paragraph(label).setFont(fonts.bold)));
		table.addCell(new Cell().add(new Paragraph(Labels.text(value))));
	}

	private static Table decisions(RegistrationFacts facts, List<HistoryEntry> history, ReportFonts fonts) {
		Table table = new Table(UnitValue.createPercentArray(new float[] { 8, 42, 30, 20 })).useAllAvailableWidth()
			.setFontSize(11);
		header(table, fonts, "TT", "Quyết định", "Số", "Ngày");
		int ordinal = 0;
		boolean grantListed = history.stream()
			.anyMatch(entry -> entry.kind() == HistoryAction.GRANT && entry.reference() != null);
		if (!grantListed && facts.grantDecision() != null && !facts.grantDecision().isBlank()) {
			ordinal++;
			table.addCell("1");
			table.addCell(DecisionNames.of(HistoryAction.GRANT));
			table.addCell(Labels.text(facts.grantDecision()));
			table.addCell(Labels.day(facts.grantDate()));
		}
		for (HistoryEntry entry : history) {
			if (entry.reference() == null || entry.reference().isBlank() || entry.date() == null) {
				continue;
			}
			ordinal++;
			table.addCell(String.valueOf(ordinal));
			table.addCell(Labels.text(DecisionNames.of(entry)));
			table.addCell(Labels.text(entry.reference()));
			table.addCell(Labels.day(entry.date()));
		}
		if (ordinal == 0) {
			table.addCell(new Cell(1, 4).add(new Paragraph("Chưa có quyết định được ghi nhận.")));
		}
		return table;
	}

	private static Table users(List<AuthorisedUser> users, LocalDate today, boolean publicCopy, ReportFonts fonts) {
		Table table = new Table(UnitValue.createPercentArray(new float[] { 8, 34, 30, 28 })).useAllAvailableWidth()
			.setFontSize(11);
		header(table, fonts, "TT", "Tên", publicCopy ? "Địa phương" : "Địa chỉ", "Quyết định, thời hạn");
		int ordinal = 0;
		for (AuthorisedUser user : users) {
			if (user.statusOn(today) != AuthorisedUserStatus.ACTIVE) {
				continue;
			}
			ordinal++;
			table.addCell(String.valueOf(ordinal));
			table.addCell(Labels.text(user.name()));
			table.addCell(Labels.text(publicCopy ? user.province() : user.address()));
			table.addCell(Labels.text(user.decisionNumber())
					+ (user.validUntil() == null ? "" : " (đến " + Labels.day(user.validUntil()) + ")"));
		}
		if (ordinal == 0) {
			table.addCell(new Cell(1, 4).add(new Paragraph("Không có.")));
		}
		return table;
	}

	static void header(Table table, ReportFonts fonts, String... names) {
		for (String name : names) {
			table.addHeaderCell(
					new Cell().add(new Paragraph(name).setFont(fonts.bold)).setTextAlignment(TextAlignment.CENTER));
		}
	}

	private static Paragraph heading(String text, ReportFonts fonts) {
		return new Paragraph(text).setFont(fonts.bold).setMarginTop(8);
	}

	private static Image qr(String url, Document document) {
		PdfFormXObject code = new BarcodeQRCode(url).createFormXObject(ColorConstants.BLACK, document.getPdfDocument());
		return new Image(code).scaleToFit(QR_SIZE, QR_SIZE)
			.setHorizontalAlignment(HorizontalAlignment.RIGHT)
			.setMarginTop(10);
	}

}

package vn.dost.registry.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.Renewal;

/**
 * Draws a title's record sheet: its facts, the decisions of its history, its active
 * authorised users and a QR code to its page (public, or the officers' one). Plain
 * blocking code: call it off the event loop.
 */
final class RecordSheetPdf {

	private static final float QR_SIZE = 85;

	private static final String UNKNOWN = "—";

	private RecordSheetPdf() {
	}

	/**
	 * Writes the sheet; a public copy shows authorised users by name and locality
	 * (province), not address.
	 */
	static void write(Registration title, LocalDate today, Link link, boolean publicCopy, OutputStream out) {
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
			document.add(qr(link.url(), document));
			document.add(new Paragraph(link.caption() + "\n" + link.url()).setFont(fonts.italic)
				.setFontSize(10)
				.setTextAlignment(TextAlignment.RIGHT));
		}
	}

	private static Table facts(Registration title, LocalDate today, ReportFonts fonts) {
		RegistrationFacts f = title.getFacts();
		Renewal renewal = title.renewalOn(today);
		Table table = new Table(UnitValue.createPercentArray(new float[] { 38, 62 })).useAllAvailableWidth()
			.setFontSize(12);
		row(table, fonts, "Loại", Labels.type(f.type()));
		row(table, fonts, f.type().isMark() ? "Dấu hiệu" : "Chỉ dẫn được bảo hộ", f.sign());
		row(table, fonts, "Sản phẩm", f.product());
		if (f.type().isMark()) {
			row(table, fonts, "Nhóm sản phẩm, dịch vụ (Nice)",
					String.join(", ", f.niceClasses().stream().map(String::valueOf).toList()));
		}
		row(table, fonts, "Khu vực địa lý", f.area());
		row(table, fonts, "Tỉnh khi nộp đơn", String.join(", ", provincesAtFiling(f)));
		row(table, fonts, "Tỉnh (2025)", String.join(", ", f.currentProvinces()));
		row(table, fonts, "Chủ sở hữu / tổ chức quản lý", f.holderName());
		row(table, fonts, "Số đơn", f.applicationNumber());
		row(table, fonts, "Số văn bằng", f.registrationNumber());
		row(table, fonts, "Ngày nộp đơn", Labels.day(f.filingDate()));
		row(table, fonts, "Ngày cấp", f.grantDate() != null ? Labels.day(f.grantDate()) : f.grantDatePartial());
		RegistrationStatus status = title.statusOn(today);
		row(table, fonts, "Ngày hết hạn", expiry(title, status));
		row(table, fonts, "Gia hạn", Labels.renewal(renewal == null ? null : renewal.state()));
		row(table, fonts, "Tình trạng", Labels.status(status));
		return table;
	}

	/**
	 * A mark's expiry date; a geographical indication in force is protected indefinitely;
	 * anything else has none to print.
	 */
	private static String expiry(Registration title, RegistrationStatus status) {
		if (title.getType().isMark()) {
			return Labels.day(title.getExpiryDate());
		}
		return status == RegistrationStatus.GRANTED ? "Vô thời hạn" : null;
	}

	private static List<String> provincesAtFiling(RegistrationFacts facts) {
		List<String> provinces = new ArrayList<>();
		if (facts.province() != null) {
			provinces.add(facts.province());
		}
		provinces.addAll(facts.additionalProvinces());
		return provinces;
	}

	/**
	 * A fact and its value; a value not known prints as a dash, never as a bare label.
	 */
	private static void row(Table table, ReportFonts fonts, String label, String value) {
		table.addCell(new Cell().add(new Paragraph(label).setFont(fonts.bold)));
		table.addCell(new Cell().add(new Paragraph(value == null || value.isBlank() ? UNKNOWN : Labels.text(value))));
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

	/**
	 * The active users: the public copy by name and locality (province) only, as the
	 * portal shows them; the officers' copy with address, decision and term.
	 */
	private static Table users(List<AuthorisedUser> users, LocalDate today, boolean publicCopy, ReportFonts fonts) {
		float[] widths = publicCopy ? new float[] { 8, 52, 40 } : new float[] { 8, 34, 30, 28 };
		Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFontSize(11);
		if (publicCopy) {
			header(table, fonts, "TT", "Tên", "Địa phương");
		}
		else {
			header(table, fonts, "TT", "Tên", "Địa chỉ", "Quyết định, thời hạn");
		}
		int ordinal = 0;
		for (AuthorisedUser user : users) {
			if (user.statusOn(today) != AuthorisedUserStatus.ACTIVE) {
				continue;
			}
			ordinal++;
			table.addCell(String.valueOf(ordinal));
			table.addCell(Labels.text(user.name()));
			if (publicCopy) {
				table.addCell(Labels.text(user.province()));
				continue;
			}
			table.addCell(Labels.text(user.address()));
			table.addCell(Labels.text(user.decisionNumber())
					+ (user.validUntil() == null ? "" : " (đến " + Labels.day(user.validUntil()) + ")"));
		}
		if (ordinal == 0) {
			table.addCell(new Cell(1, widths.length).add(new Paragraph("Không có.")));
		}
		return table;
	}

	/** Where the sheet's QR code leads, and the words printed before the address. */
	record Link(String url, String caption) {
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

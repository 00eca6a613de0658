package vn.dost.registry.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;

/**
 * Draws the one-page certificate of a producer's right to use a title, in the layout of
 * an official document (Decree 30/2020): the issuing organisation — the title's holder or
 * managing organisation — and the national title in the header, the grounds, what it
 * certifies, the term, and a QR code to the public verdict page. Only what the public may
 * read of the producer is printed (name, locality, code): a certificate hangs in shops. A
 * right not active on the day of printing is marked so. Plain blocking code: call it off
 * the event loop.
 */
final class CertificatePdf {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final float QR_SIZE = 95;

	private CertificatePdf() {
	}

	static void write(Registration title, AuthorisedUser user, LocalDate today, String checkUrl, OutputStream out) {
		ReportFonts fonts = ReportFonts.forOneDocument();
		RegistrationFacts facts = title.getFacts();
		try (Document document = PdfPages.open(out)) {
			document.setFont(fonts.regular);
			document.add(SummaryHeader.of(letterhead(facts, user), fonts));
			document.add(centred("GIẤY CHỨNG NHẬN", 16).setFont(fonts.bold).setMarginTop(24));
			document
				.add(centred("QUYỀN SỬ DỤNG " + kind(facts.type()).toUpperCase(VIETNAMESE), 14).setFont(fonts.bold));
			document
				.add(centred("“" + Labels.text(shownSign(facts)) + "”", 14).setFont(fonts.bold).setMarginBottom(14));
			grounds(facts, user).forEach(line -> document.add(body(line).setFont(fonts.italic)));
			document.add(body("CHỨNG NHẬN:").setFont(fonts.bold).setMarginTop(8));
			document.add(certified(title, user, fonts));
			document.add(body("được quyền sử dụng " + kind(facts.type()) + " “" + Labels.text(shownSign(facts))
					+ "” cho sản phẩm " + Labels.text(facts.product()) + ", theo quy chế quản lý và sử dụng "
					+ kind(facts.type()) + " do tổ chức cấp giấy chứng nhận này ban hành.")
				.setMarginTop(8));
			standing(title, user, today, fonts, document);
			document.add(closing(facts, checkUrl, document, fonts));
		}
	}

	/**
	 * The header: the title's holder issues it, numbered by the decision granting the
	 * right, dated the day it was granted, where the title is.
	 */
	private static Letterhead letterhead(RegistrationFacts facts, AuthorisedUser user) {
		String issuer = facts.holderName() == null ? "" : Labels.text(facts.holderName()).toUpperCase(VIETNAMESE);
		String place = facts.currentProvinces().isEmpty() ? "" : facts.currentProvinces().get(0) + ", ";
		String issued = user.grantedOn() == null ? "" : place + Letterhead.dateLine(user.grantedOn());
		String number = user.decisionNumber() == null ? "      " : Labels.text(user.decisionNumber());
		return new Letterhead("", issuer, number, Labels.text(issued), "", List.of(), "", "", "", "");
	}

	private static List<String> grounds(RegistrationFacts facts, AuthorisedUser user) {
		StringBuilder title = new StringBuilder(
				"Căn cứ văn bằng bảo hộ " + kind(facts.type()) + " “" + Labels.text(facts.name()) + "”");
		if (facts.registrationNumber() != null) {
			title.append(" số ").append(Labels.text(facts.registrationNumber()));
		}
		if (facts.grantDate() != null) {
			title.append(" cấp ngày ").append(Labels.day(facts.grantDate()));
		}
		String decision = user.decisionNumber() == null ? null
				: "Căn cứ Quyết định số " + Labels.text(user.decisionNumber())
						+ (user.grantedOn() == null ? "" : " ngày " + Labels.day(user.grantedOn()))
						+ " về việc cấp quyền sử dụng;";
		return decision == null ? List.of(title + ";") : List.of(title + ";", decision);
	}

	private static Table certified(Registration title, AuthorisedUser user, ReportFonts fonts) {
		Table table = new Table(UnitValue.createPercentArray(new float[] { 34, 66 })).useAllAvailableWidth()
			.setFontSize(PdfPages.BODY_SIZE);
		row(table, fonts, "Tổ chức, cá nhân", user.name(), true);
		row(table, fonts, "Địa bàn", user.locality(), false);
		row(table, fonts, "Mã số sử dụng", user.code(), true);
		row(table, fonts, "Sản phẩm", title.getFacts().product(), false);
		String term = "Từ ngày " + Labels.day(user.grantedOn()) + (user.validUntil() == null
				? " đến khi có quyết định khác" : " đến hết ngày " + Labels.day(user.validUntil()));
		row(table, fonts, "Thời hạn", term, false);
		return table;
	}

	private static void row(Table table, ReportFonts fonts, String label, String value, boolean strong) {
		table.addCell(SummaryPdf.plain(new Paragraph(label + ":").setMargin(1)));
		Paragraph shown = new Paragraph(value == null || value.isBlank() ? "–" : Labels.text(value)).setMargin(1);
		table.addCell(SummaryPdf.plain(strong ? shown.setFont(fonts.bold) : shown));
	}

	/**
	 * A right not active on the day of printing, or a title no longer in force, is said
	 * so in the body: a certificate printed after a revocation must not read as valid.
	 */
	private static void standing(Registration title, AuthorisedUser user, LocalDate today, ReportFonts fonts,
			Document document) {
		AuthorisedUserStatus status = user.statusOn(today);
		RegistrationStatus titleStatus = title.statusOn(today);
		String since = Labels.day(user.since(today));
		String words = switch (status) {
			case SUSPENDED -> "Quyền sử dụng bị đình chỉ từ ngày " + since + ".";
			case REVOKED -> "Quyền sử dụng đã bị thu hồi từ ngày " + since + ".";
			case EXPIRED -> "Quyền sử dụng đã hết hạn từ ngày " + since + ".";
			case ACTIVE -> titleStatus == RegistrationStatus.GRANTED ? null : "Văn bằng bảo hộ không còn hiệu lực ("
					+ Labels.status(titleStatus).toLowerCase(VIETNAMESE) + ").";
		};
		if (words != null) {
			document.add(body("Tình trạng ngày " + Labels.day(today) + ": " + words).setFont(fonts.bold)
				.setFontColor(ColorConstants.RED)
				.setMarginTop(8));
		}
	}

	private static Table closing(RegistrationFacts facts, String checkUrl, Document document, ReportFonts fonts) {
		Table table = new Table(UnitValue.createPercentArray(new float[] { 45, 55 })).useAllAvailableWidth()
			.setMarginTop(18)
			.setKeepTogether(true);
		Image code = new Image(
				new BarcodeQRCode(checkUrl).createFormXObject(ColorConstants.BLACK, document.getPdfDocument()))
			.scaleToFit(QR_SIZE, QR_SIZE);
		table.addCell(SummaryPdf.plain(new Paragraph().add(code).setMargin(0),
				new Paragraph("Quét mã để kiểm tra tình trạng quyền sử dụng: " + checkUrl).setFont(fonts.italic)
					.setFontSize(9)
					.setMargin(0)));
		String signer = facts.type() == RegistrationType.GEOGRAPHICAL_INDICATION ? "ĐẠI DIỆN TỔ CHỨC QUẢN LÝ"
				: "ĐẠI DIỆN CHỦ SỞ HỮU NHÃN HIỆU";
		table.addCell(SummaryPdf.plain(centred(signer, 13).setFont(fonts.bold),
				centred("(Ký, ghi rõ họ tên và đóng dấu)", 12).setFont(fonts.italic)));
		return table;
	}

	/** What the title is, in words of the certificate: chỉ dẫn địa lý, nhãn hiệu … */
	private static String kind(RegistrationType type) {
		return Labels.type(type).toLowerCase(VIETNAMESE);
	}

	/** The protected sign of a geographical indication, else the mark's name. */
	private static String shownSign(RegistrationFacts facts) {
		return facts.type() == RegistrationType.GEOGRAPHICAL_INDICATION && facts.sign() != null ? facts.sign()
				: facts.name();
	}

	private static Paragraph body(String text) {
		return new Paragraph(Labels.text(text)).setTextAlignment(TextAlignment.JUSTIFIED)
			.setFirstLineIndent(28)
			.setMargin(0)
			.setMultipliedLeading(1.3f);
	}

	private static Paragraph centred(String text, float size) {
		return new Paragraph(Labels.text(text)).setFontSize(size)
			.setTextAlignment(TextAlignment.CENTER)
			.setMargin(0)
			.setMultipliedLeading(1.15f);
	}

}

package vn.dost.registry.reports;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A producer's printed right to use a title: the one-page certificate in the official
 * layout and the sheets of labels, each with a QR code that leads to the producer's
 * verdict page (decoded back from the rendered page, where {@code pdftoppm} is
 * installed); for officers and the title's own holder only.
 */
@RegistryIntegrationTest
class AuthorisedUserDocumentsIntegrationTests {

	private static final Path SAMPLES = Path.of("target", "report-samples");

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	String holderId;

	String titleId;

	String code;

	String userId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hội Nước mắm Phú Quốc " + TestData.serial(), "Khánh Hòa");
		this.titleId = (String) AuthorisedUserFixtures
			.publicIndication(this.admin, this.holderId, "Nước mắm", "Phú Quốc")
			.get("id");
		this.code = "PQ-" + TestData.serial();
		this.userId = (String) AuthorisedUserFixtures
			.add(this.admin, this.titleId, AuthorisedUserFixtures.user("Công ty Nước mắm Khải Hoàn", this.code))
			.get("id");
	}

	@Test
	void printsTheCertificateOnOnePageInTheOfficialLayout() {
		PdfReading pdf = PdfReading.of(download(this.admin, "certificate.pdf"));

		assertThat(pdf.pages()).isEqualTo(1);
		assertThat(pdf.text()).contains("HỘI NƯỚC MẮM PHÚ QUỐC")
			.contains("Số: 215/QĐ-UBND")
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("Khánh Hòa, ngày 01 tháng 4 năm 2021")
			.contains("GIẤY CHỨNG NHẬN")
			.contains("QUYỀN SỬ DỤNG CHỈ DẪN ĐỊA LÝ")
			.contains("“Phú Quốc”")
			.contains("Công ty Nước mắm Khải Hoàn")
			.contains("xã Sơn Hiệp, Khánh Hòa")
			.contains(this.code)
			.contains("Từ ngày 01/04/2021 đến khi có quyết định khác")
			.contains("ĐẠI DIỆN TỔ CHỨC QUẢN LÝ")
			.doesNotContain("Tình trạng ngày");
		assertThat(pdf.text().replace(" ", ""))
			.contains("http://localhost:8080/portal/check/" + this.titleId + "/" + this.code);
		assertThat(pdf.fontsNotEmbedded()).isEmpty();
		AuthorisedUserFixtures.CONTACTS.forEach(contact -> assertThat(pdf.text()).doesNotContain(contact));
	}

	@Test
	void aRevokedUsersCertificateSaysSoAndItsQrCodeLeadsToAPageSayingRevoked() throws Exception {
		AuthorisedUserFixtures.decide(this.admin, this.titleId, this.userId, "revoke",
				Map.of("reason", "Vi phạm quy chế", "date", "2026-05-20"));
		byte[] pdf = download(this.admin, "certificate.pdf");
		assertThat(PdfReading.of(pdf).text())
			.contains("Tình trạng ngày 15/06/2026: Quyền sử dụng đã bị thu hồi từ ngày 20/05/2026.");
		assumeTrue(Rasteriser.available(), "pdftoppm (poppler-utils) is not installed: pages cannot be rasterised");

		List<String> decoded = decodeAll(Rasteriser.firstPage(pdf, SAMPLES, "certificate-revoked", 150));

		assertThat(decoded).containsExactly("http://localhost:8080/portal/check/" + this.titleId + "/" + this.code);
		String verdict = this.client.get()
			.uri(URI.create(decoded.get(0)).getPath())
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(verdict).contains("KHÔNG ĐƯỢC SỬ DỤNG").contains("Bị thu hồi quyền sử dụng từ ngày 20/05/2026");
	}

	@Test
	void printsSheetsOfLabelsWhoseQrCodesLeadToTheVerdictPage() throws Exception {
		byte[] five = download(this.admin, "labels.pdf?count=5");
		PdfReading read = PdfReading.of(five);
		assertThat(read.pages()).isEqualTo(1);
		assertThat(read.text()).contains("Chỉ dẫn địa lý Phú Quốc").contains(this.code);
		assertThat(labels(read.pageTexts().get(0))).isEqualTo(5);
		PdfReading sheet = PdfReading.of(download(this.admin, "labels.pdf"));
		assertThat(sheet.pages()).isEqualTo(1);
		assertThat(labels(sheet.pageTexts().get(0))).isEqualTo(LabelSheetPdf.PER_PAGE);
		assertThat(PdfReading.of(download(this.admin, "labels.pdf?count=22")).pages()).isEqualTo(2);
		AuthorisedUserFixtures.CONTACTS.forEach(contact -> assertThat(read.text()).doesNotContain(contact));
		assumeTrue(Rasteriser.available(), "pdftoppm (poppler-utils) is not installed: pages cannot be rasterised");

		List<String> decoded = decodeAll(Rasteriser.firstPage(five, SAMPLES, "labels", 200));

		assertThat(decoded).hasSize(5)
			.allMatch(("http://localhost:8080/portal/check/" + this.titleId + "/" + this.code)::equals);
	}

	@Test
	void refusesALabelCountOutsideTheSheetsItMayPrint() {
		for (String count : List.of("0", "421", "-3")) {
			this.admin.get()
				.uri("/api/v1/registrations/{id}/authorised-users/{userId}/labels.pdf?count=" + count, this.titleId,
						this.userId)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("count");
		}
	}

	@Test
	void areForOfficersAndTheTitlesOwnHolderOnly() {
		String other = TestData.holder(this.admin, "Hội khác " + TestData.serial(), "Khánh Hòa");
		WebTestClient own = TestUsers.holder(this.client, "holder-" + TestData.serial(), this.holderId);
		WebTestClient stranger = TestUsers.holder(this.client, "holder-" + TestData.serial(), other);
		WebTestClient officer = TestUsers.officer(this.client, "officer-" + TestData.serial(), "Hà Nội");
		for (String document : List.of("certificate.pdf", "labels.pdf")) {
			download(own, document);
			download(officer, document);
			status(stranger, this.titleId, this.userId, document, HttpStatus.FORBIDDEN);
			status(this.client, this.titleId, this.userId, document, HttpStatus.UNAUTHORIZED);
			status(this.admin, "no-such-title", this.userId, document, HttpStatus.NOT_FOUND);
			status(this.admin, this.titleId, "no-such-user", document, HttpStatus.NOT_FOUND);
		}
	}

	private byte[] download(WebTestClient as, String document) {
		return as.get()
			.uri("/api/v1/registrations/{id}/authorised-users/{userId}/" + document, this.titleId, this.userId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private static void status(WebTestClient as, String titleId, String userId, String document, HttpStatus status) {
		as.get()
			.uri("/api/v1/registrations/{id}/authorised-users/{userId}/" + document, titleId, userId)
			.exchange()
			.expectStatus()
			.isEqualTo(status);
	}

	/** The labels on a page: each says "Mã số" once. */
	private static int labels(String page) {
		return page.split("Mã số", -1).length - 1;
	}

	/** Every QR code found on the page, decoded. */
	static List<String> decodeAll(BufferedImage page) throws NotFoundException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
		Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
		return Arrays.stream(found).map(Result::getText).toList();
	}

}

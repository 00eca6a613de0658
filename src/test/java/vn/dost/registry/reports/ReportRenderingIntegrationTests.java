package vn.dost.registry.reports;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reports drawn as a reader sees them: page 1 rasterised with poppler's {@code pdftoppm}
 * (skipped, with the reason, where it is not installed), the record sheet's QR code
 * decoded back from the picture. The files are left in {@code target/report-samples/}.
 */
@RegistryIntegrationTest
class ReportRenderingIntegrationTests {

	private static final Path SAMPLES = Path.of("target", "report-samples");

	@Autowired
	WebTestClient client;

	@BeforeEach
	void needsARasteriser() {
		assumeTrue(Rasteriser.available(), "pdftoppm (poppler-utils) is not installed: pages cannot be rasterised");
	}

	@Test
	void theRecordSheetsQrCodeLeadsToThePublicRecordPage() throws Exception {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội Nông dân xã Mỹ Thủy " + TestData.serial(), "Quảng Trị");
		Map<String, Object> title = TestData.create(admin,
				TestData.with(
						TestData.with(TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2019, 4, 2)), "name",
								"Nếp than Mỹ Thủy ở Hải Lăng – Đậu xanh, lúa rẫy, mỹ tửu " + TestData.serial()),
						"public", true));
		byte[] pdf = RecordSheetIntegrationTests.sheet(admin, (String) title.get("id"));

		BufferedImage page = Rasteriser.firstPage(pdf, SAMPLES, "record-sheet", 150);

		assertThat(decodeQr(page)).isEqualTo("http://localhost:8080/portal/registrations/" + title.get("id"));
	}

	@Test
	void theQrCodeOfATitleThePublicMayNotSeeLeadsToTheOfficersPage() throws Exception {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Gio Linh " + TestData.serial(), "Quảng Trị");
		String id = (String) TestData.create(admin, TestData.markFiling(holder, "Quảng Trị")).get("id");

		BufferedImage page = Rasteriser.firstPage(RecordSheetIntegrationTests.sheet(admin, id), SAMPLES,
				"record-sheet-officers", 150);

		assertThat(decodeQr(page)).isEqualTo("http://localhost:8080/app/registrations/" + id);
	}

	@Test
	void theProvincialSummaryDrawsAnA4PageWithInk() throws Exception {
		byte[] pdf = SummaryIntegrationTests.download(TestUsers.admin(this.client),
				"/api/v1/reports/summary.pdf?province=Quảng Trị&number=12&signer=Trần Thị Bình");

		BufferedImage page = Rasteriser.firstPage(pdf, SAMPLES, "provincial-summary", 100);

		assertThat((double) page.getHeight() / page.getWidth()).isCloseTo(297.0 / 210,
				org.assertj.core.data.Offset.offset(0.01));
		assertThat(darkPixels(page)).isGreaterThan(page.getWidth() * page.getHeight() / 200);
	}

	private static String decodeQr(BufferedImage page) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}

	private static long darkPixels(BufferedImage image) {
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 384) {
					dark++;
				}
			}
		}
		return dark;
	}

}

package vn.dost.registry.reports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title's record sheet: one page with its facts, in embedded fonts, for whoever may
 * read the title.
 */
@RegistryIntegrationTest
class RecordSheetIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void printsTheFactsOfATitleOnOnePageInEmbeddedFonts() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Bưởi Phúc Trạch " + TestData.serial(), "Hà Tĩnh");
		String decomposed = Normalizer.normalize("Nhãn hiệu Đậu phộng Mỹ Lợi ở Kỳ Anh " + TestData.serial(),
				Normalizer.Form.NFD);
		Map<String, Object> body = TestData.with(TestData.grantedMark(holder, "Hà Tĩnh", LocalDate.of(2018, 5, 2)),
				"name", decomposed);
		body.put("public", true);
		body.put("sign", "Mỹ Lợi Kỳ Anh");
		body.put("niceClasses", List.of(29, 31));
		body.put("additionalProvinces", List.of("Quảng Bình"));
		Map<String, Object> title = TestData.create(admin, body);

		PdfReading pdf = PdfReading.of(sheet(admin, (String) title.get("id")));

		assertThat(pdf.pages()).isEqualTo(1);
		assertThat(pdf.text()).contains("Dấu hiệu Mỹ Lợi Kỳ Anh")
			.contains("Nhóm sản phẩm, dịch vụ (Nice) 29, 31")
			.contains("Tỉnh khi nộp đơn Hà Tĩnh, Quảng Bình");
		assertThat(pdf.text()).contains("PHIẾU THÔNG TIN VĂN BẰNG BẢO HỘ")
			.contains(Normalizer.normalize(decomposed, Normalizer.Form.NFC))
			.contains("Nhãn hiệu tập thể")
			.contains("Hợp tác xã Bưởi Phúc Trạch")
			.contains((String) title.get("registrationNumber"))
			.contains("02/05/2018")
			.contains("02/05/2028")
			.contains("Còn hiệu lực")
			.contains("Tra cứu công khai: http://localhost:8080/portal/registrations/" + title.get("id"));
		assertThat(pdf.fontsNotEmbedded()).isEmpty();
		assertThat(pdf.xObjects()).as("the QR code as a form XObject").isGreaterThanOrEqualTo(1);
	}

	/**
	 * A title the public may not see (not marked public, or not granted) leads to its
	 * page in the officers' workspace, never to a public page that answers 404; an
	 * application or a refused geographical indication prints no term of protection.
	 */
	@Test
	void leadsATitleThePublicMayNotSeeToTheOfficersPage() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội Nuôi ong Hương Khê " + TestData.serial(), "Hà Tĩnh");
		String hidden = (String) TestData
			.create(admin, TestData.grantedMark(holder, "Hà Tĩnh", LocalDate.of(2019, 3, 1)))
			.get("id");
		String gi = (String) TestData
			.create(admin,
					new java.util.HashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name",
							"Cam Khe Thử " + TestData.serial(), "product", "Quả cam", "province", "Hà Tĩnh", "status",
							"REFUSED", "filingDate", "2021-01-01", "public", true)))
			.get("id");
		for (String id : List.of(hidden, gi)) {
			String text = PdfReading.of(sheet(admin, id)).text();
			assertThat(text).contains("http://localhost:8080/app/registrations/" + id)
				.doesNotContain("/portal/registrations/")
				.doesNotContain("Tra cứu công khai");
			this.client.get().uri("/portal/registrations/{id}", id).exchange().expectStatus().isNotFound();
		}
		assertThat(PdfReading.of(sheet(admin, gi)).text()).contains("Ngày hết hạn —")
			.contains("Bị từ chối")
			.doesNotContain("Vô thời hạn");
	}

	@Test
	void isReadOnlyByThoseWhoMayReadTheTitle() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội sản xuất " + TestData.serial(), "Hà Tĩnh");
		String other = TestData.holder(admin, "Hội khác " + TestData.serial(), "Hà Tĩnh");
		String id = (String) TestData.create(admin, TestData.markFiling(holder, "Hà Tĩnh")).get("id");
		WebTestClient stranger = TestUsers.holder(this.client, "holder-" + TestData.serial(), other);

		stranger.get().uri("/api/v1/registrations/{id}/summary.pdf", id).exchange().expectStatus().isForbidden();
		admin.get()
			.uri("/api/v1/registrations/{id}/summary.pdf", "no-such-title")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get().uri("/api/v1/registrations/{id}/summary.pdf", id).exchange().expectStatus().isUnauthorized();
	}

	static byte[] sheet(WebTestClient client, String id) {
		return client.get()
			.uri("/api/v1/registrations/{id}/summary.pdf", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

}

package vn.dost.registry.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial summary over a known set of titles in Gia Lai (a province no seed and no
 * other test uses; two titles are filed under its former province Bình Định).
 */
@RegistryIntegrationTest
class SummaryIntegrationTests {

	private static final String PROVINCE = "Gia Lai";

	private static final List<String> NAMES = new ArrayList<>();

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	@BeforeEach
	void knownTitles() {
		this.admin = TestUsers.admin(this.client);
		if (!NAMES.isEmpty()) {
			return;
		}
		String holder = TestData.holder(this.admin, "Hợp tác xã Cà phê Chư Sê " + TestData.serial(), PROVINCE);
		gi("Hồ tiêu Chư Sê", PROVINCE, "2015-05-05");
		gi("Nước mắm Sa Huỳnh Bình Định", "Bình Định", "2019-01-10");
		mark(holder, "CERTIFICATION_MARK", "Cà phê Pleiku", PROVINCE, LocalDate.of(2017, 3, 1));
		// Filed 2014: expired on 1 Jan 2024, grace period ended 1 Jul 2024.
		mark(holder, "COLLECTIVE_MARK", "Chuối Ia Grai", PROVINCE, LocalDate.of(2014, 1, 1));
		// Expires 1 Sep 2026: its grace period ends on 1 Mar 2027, within the next 12
		// months.
		mark(holder, "COLLECTIVE_MARK", "Dừa Tam Quan", "Bình Định", LocalDate.of(2016, 9, 1));
		mark(holder, "COLLECTIVE_MARK", "Mật ong Kbang", PROVINCE, LocalDate.of(2024, 2, 1));
		Map<String, Object> filed = TestData.with(TestData.markFiling(holder, PROVINCE), "name", "Gạo Ayun Pa");
		NAMES.add((String) TestData.create(this.admin, filed).get("name"));
	}

	@Test
	void printsTheOfficialHeaderTheTotalsAndEveryTitle() {
		byte[] bytes = get("pdf", "&number=15&signer=Nguyễn Văn An");
		PdfReading pdf = PdfReading.of(bytes);
		String text = pdf.text();
		assertThat(text).contains("UBND TỈNH GIA LAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 15/BC-SKHCN",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"Gia Lai, ngày 15 tháng 6 năm 2026", "BÁO CÁO");
		assertThat(text).contains("Đến nay, toàn tỉnh đã đăng ký bảo hộ được 02 chỉ dẫn địa lý, 01 nhãn hiệu chứng"
				+ " nhận và 02 nhãn hiệu tập thể");
		String names = nameColumn(bytes);
		assertThat(NAMES).allSatisfy(name -> assertThat(names).contains(name));
		assertThat(text).contains("Hết thời gian ân hạn 01/03/2027", "Nơi nhận:", "- Như trên;", "KT. GIÁM ĐỐC",
				"PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "Tổng cộng");
		assertThat(pdf.fontsNotEmbedded()).isEmpty();
		assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
		assertThat(pdf.pageTexts().get(0).strip()).doesNotStartWith("1");
		for (int page = 2; page <= pdf.pages(); page++) {
			assertThat(pdf.pageTexts().get(page - 1).strip()).startsWith(String.valueOf(page));
		}
	}

	@Test
	void countsTheTitlesInForceOnTheDayAsked() {
		String text = PdfReading.of(get("pdf", "&asOf=2016-01-01")).text();
		assertThat(text).contains("được 01 chỉ dẫn địa lý, 00 nhãn hiệu chứng nhận và 01 nhãn hiệu tập thể");
		String during = PdfReading.of(get("pdf", "&asOf=2024-06-30")).text();
		assertThat(during).contains("được 02 chỉ dẫn địa lý, 01 nhãn hiệu chứng nhận và 02 nhãn hiệu tập thể");
	}

	/**
	 * A title terminated or invalidated stops counting from the decision's date, not
	 * before: in Điện Biên (no other test uses it; its seed titles count the same before
	 * and after), figures before and after adding a terminated geographical indication
	 * and an invalidated certification mark.
	 */
	@Test
	void aTerminatedOrInvalidatedTitleCountsOnlyBeforeTheDecision() {
		String province = "Điện Biên";
		List<Long> todayBefore = counts(province, "");
		List<Long> in2024Before = counts(province, "&asOf=2024-06-30");
		String holder = TestData.holder(this.admin, "Hợp tác xã Điện Biên " + TestData.serial(), province);
		Map<String, Object> gi = TestData.create(this.admin,
				new HashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name", "Gạo Điện Biên thử", "product", "Gạo",
						"province", province, "status", "GRANTED", "filingDate", "2010-01-01", "grantDate",
						"2012-05-05", "registrationNumber", String.format("%05d", TestData.serial() % 100000))));
		decide(gi, "TERMINATE", "2025-03-01");
		Map<String, Object> mark = TestData.create(this.admin, TestData
			.with(TestData.grantedMark(holder, province, LocalDate.of(2020, 1, 1)), "type", "CERTIFICATION_MARK"));
		decide(mark, "INVALIDATE", "2025-04-01");
		assertThat(counts(province, "")).isEqualTo(todayBefore);
		assertThat(counts(province, "&asOf=2024-06-30"))
			.isEqualTo(List.of(in2024Before.get(0) + 1, in2024Before.get(1) + 1, in2024Before.get(2)));
	}

	private void decide(Map<String, Object> title, String action, String date) {
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", title.get("id"))
			.header("If-Match", "\"" + title.get("version") + "\"")
			.bodyValue(Map.of("action", action, "date", date, "reason", "Lý do thử", "reference", "5/QĐ-SHTT"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	/**
	 * The summary's counts of titles in force: geographical indications, certification,
	 * collective marks.
	 */
	private List<Long> counts(String province, String parameters) {
		String text = PdfReading
			.of(download(this.admin, "/api/v1/reports/summary.pdf?province=" + province + parameters))
			.text()
			.replaceAll("\\s+", " ");
		Matcher sentence = Pattern
			.compile("được (\\d+) chỉ dẫn địa lý, (\\d+) nhãn hiệu chứng nhận và (\\d+) nhãn hiệu tập thể")
			.matcher(text);
		assertThat(sentence.find()).as("the totals sentence in %s", text).isTrue();
		return List.of(Long.valueOf(sentence.group(1)), Long.valueOf(sentence.group(2)),
				Long.valueOf(sentence.group(3)));
	}

	@Test
	void writesTheSameSummaryAsAnEditableWordDocument() throws IOException {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(get("docx", "&number=15")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			String text = extractor.getText().replaceAll("\\s+", " ");
			assertThat(text).contains("UBND TỈNH GIA LAI", "Số: 15/BC-SKHCN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Gia Lai, ngày 15 tháng 6 năm 2026", "BÁO CÁO",
					"Đến nay, toàn tỉnh đã đăng ký bảo hộ được 02 chỉ dẫn địa lý, 01 nhãn hiệu chứng nhận và 02"
							+ " nhãn hiệu tập thể",
					"Nơi nhận:", "KT. GIÁM ĐỐC");
			assertThat(NAMES).allSatisfy(name -> assertThat(text).contains(name));
		}
	}

	@Test
	void refusesAnUnknownProvince() {
		this.admin.get().uri("/api/v1/reports/summary.pdf?province=Atlantis").exchange().expectStatus().isBadRequest();
		this.client.get()
			.uri("/api/v1/reports/summary.pdf?province=Gia Lai")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	/**
	 * The name column of the title table: left margin 30 mm, after the ordinal column.
	 */
	static String nameColumn(byte[] pdf) {
		float width = (210 - 45) * PdfPages.MM;
		float[] columns = SummaryPdf.TITLE_COLUMNS;
		return PdfReading.column(pdf, 30 * PdfPages.MM + width * columns[0] / 100 + 1, width * columns[1] / 100 - 2);
	}

	private byte[] get(String format, String parameters) {
		return download(this.admin, "/api/v1/reports/summary." + format + "?province=" + PROVINCE + parameters);
	}

	/** The body of a 200 answer to the GET. */
	static byte[] download(WebTestClient client, String uri) {
		return client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private void gi(String name, String province, String grantDate) {
		Map<String, Object> body = new HashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name", name, "product",
				"Sản phẩm " + name, "province", province, "status", "GRANTED", "filingDate", "2010-01-01", "grantDate",
				grantDate, "registrationNumber", String.format("%05d", TestData.serial() % 100000)));
		NAMES.add((String) TestData.create(this.admin, body).get("name"));
	}

	private void mark(String holder, String type, String name, String province, LocalDate filed) {
		Map<String, Object> body = TestData.with(TestData.grantedMark(holder, province, filed), "name", name);
		NAMES.add((String) TestData.create(this.admin, TestData.with(body, "type", type)).get("name"));
	}

}

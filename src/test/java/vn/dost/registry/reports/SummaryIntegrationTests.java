package vn.dost.registry.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
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
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.registry.RegistrationType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial summary over a known set of titles in Gia Lai (a province no seed and no
 * other test uses; two titles are filed under its former province Bình Định).
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class SummaryIntegrationTests {

	private static final String PROVINCE = "Gia Lai";

	private static final List<String> NAMES = new ArrayList<>();

	private static final String SIGNED = "&signer=Lê Thị Hoa";

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
			.of(download(this.admin, "/api/v1/reports/summary.pdf?province=" + province + parameters + SIGNED))
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

	/**
	 * Each title's standing in the table is read on the day asked, as the sentence counts
	 * it: granted later, filed, expired after its grace period.
	 */
	@Test
	void showsEachTitlesStandingOnTheDayAsked() {
		Map<String, String> in2016 = standings(get("pdf", "&asOf=2016-01-01"));
		assertThat(in2016).containsEntry("Hồ tiêu Chư Sê", "Còn hiệu lực")
			.containsEntry("Chuối Ia Grai", "Còn hiệu lực")
			.containsEntry("Nước mắm Sa Huỳnh Bình Định", "Chưa được cấp")
			.containsEntry("Mật ong Kbang", "Chưa được cấp")
			.containsEntry(NAMES.get(NAMES.size() - 1), "Đã nộp đơn");
		Map<String, String> in2024 = standings(get("pdf", "&asOf=2024-08-01"));
		assertThat(in2024).containsEntry("Chuối Ia Grai", "Hết hiệu lực")
			.containsEntry("Nước mắm Sa Huỳnh Bình Định", "Còn hiệu lực");
		assertThat(PdfReading.of(get("pdf", "&asOf=2016-01-01")).text())
			.contains("2. Danh mục văn bằng trên địa bàn (tình trạng tính đến ngày 01/01/2016)");
	}

	/**
	 * A title entered as granted without a grant date counts, and shows, as in force from
	 * the day it was entered; before that day the table says its grant date is not known
	 * and the sentence says it is not counted.
	 */
	@Test
	void countsATitleWithoutAGrantDateFromTheDayItWasEntered() {
		String province = "Lai Châu";
		Map<String, Object> body = new HashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name", "Chè Tam Đường",
				"product", "Chè", "province", province, "status", "GRANTED", "registrationNumber",
				String.format("%05d", TestData.serial() % 100000)));
		TestData.create(this.admin, body);
		String base = "/api/v1/reports/summary.pdf?province=" + province + SIGNED;
		SummaryTable today = SummaryTable.of(download(this.admin, base));
		assertThat(today.sentence()).containsEntry(RegistrationType.GEOGRAPHICAL_INDICATION, 1L);
		assertThat(today.rows()).extracting(SummaryTable.Row::standing).containsExactly("Còn hiệu lực");
		byte[] before = download(this.admin, base + "&asOf=2020-01-01");
		SummaryTable then = SummaryTable.of(before);
		assertThat(then.sentence()).containsEntry(RegistrationType.GEOGRAPHICAL_INDICATION, 0L);
		assertThat(then.rows()).extracting(SummaryTable.Row::standing).containsExactly("Chưa rõ ngày cấp");
		assertThat(PdfReading.of(before).text()).contains(
				"Ngoài ra, 01 văn bằng chưa rõ ngày cấp, được đưa vào cơ sở dữ liệu sau ngày này, không được tính.");
	}

	/**
	 * The signer's name and title come from the request or the settings; when neither
	 * gives the name (the tests set none), the answer is a problem naming every field
	 * missing, never a blank signature.
	 */
	@Test
	void refusesASummaryWithNoSignersNameNamingEveryMissingField() {
		for (String format : List.of("pdf", "docx")) {
			this.admin.get()
				.uri("/api/v1/reports/summary." + format + "?province=Atlantis")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType("application/problem+json")
				.expectBody()
				.jsonPath("$.errors[*].field")
				.value(fields -> assertThat((List<String>) fields).containsExactly("province", "signer"))
				.jsonPath("$.errors[1].message")
				.isEqualTo("Chưa có họ tên người ký: ghi vào tham số signer, hoặc đặt registry.reports.signer-name.");
		}
	}

	@Test
	void printsTheSignersTitleFromTheRequestAndNoOnBehalfLineWhenTheDirectorSigns() {
		String deputy = PdfReading.of(get("pdf", "")).text();
		assertThat(deputy).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hoa");
		String director = PdfReading.of(get("pdf", "&signer=Trần Văn Nam&signerTitle=GIÁM ĐỐC")).text();
		assertThat(director).contains("GIÁM ĐỐC", "Trần Văn Nam").doesNotContain("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
	}

	/**
	 * Both formats are sent as attachments named after the province and the day, with the
	 * Vietnamese name in RFC 5987's {@code filename*} and an ASCII one for older clients.
	 */
	@Test
	void sendsTheSummaryAsAnAttachmentNamedAfterTheProvinceAndTheDay() {
		for (String format : List.of("pdf", "docx")) {
			String header = this.admin.mutate()
				.responseTimeout(Duration.ofSeconds(60))
				.build()
				.get()
				.uri("/api/v1/reports/summary." + format + "?province=Gia Lai&asOf=2025-12-31" + SIGNED)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(byte[].class)
				.returnResult()
				.getResponseHeaders()
				.getFirst("Content-Disposition");
			assertThat(header).isEqualTo("attachment; filename=\"bao-cao-gia-lai-2025-12-31." + format
					+ "\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20Gia%20Lai%202025-12-31." + format);
			ContentDisposition parsed = ContentDisposition.parse(header);
			assertThat(parsed.isAttachment()).isTrue();
			assertThat(parsed.getFilename()).isEqualTo("Báo cáo Gia Lai 2025-12-31." + format);
		}
	}

	@Test
	void refusesAnUnknownProvince() {
		this.admin.get()
			.uri("/api/v1/reports/summary.pdf?province=Atlantis" + SIGNED)
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.get()
			.uri("/api/v1/reports/summary.pdf?province=Gia Lai")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	/** Each title's standing in the table, by its name. */
	private static Map<String, String> standings(byte[] pdf) {
		Map<String, String> standings = new HashMap<>();
		SummaryTable.of(pdf).rows().forEach(row -> standings.put(row.name(), row.standing()));
		return standings;
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
		String signed = parameters.contains("signer=") ? parameters : parameters + SIGNED;
		return download(this.admin, "/api/v1/reports/summary." + format + "?province=" + PROVINCE + signed);
	}

	/** The body of a 200 answer to the GET. */
	static byte[] download(WebTestClient client, String uri) {
		return TestData.download(client, uri);
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

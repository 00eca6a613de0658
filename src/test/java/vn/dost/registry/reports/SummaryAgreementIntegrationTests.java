package vn.dost.registry.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.OfficialWording;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.registry.RegistrationType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial summary agrees with itself in every province that has titles (the seed's
 * and whatever other tests added): the totals sentence counts exactly the rows of the
 * table shown in force, in the PDF read back and in the DOCX, today and on a past day;
 * the signature block never stands alone on its page; and every word is Vietnamese.
 */
@RegistryIntegrationTest
class SummaryAgreementIntegrationTests {

	private static final Pattern SENTENCE = Pattern
		.compile("được (\\d+) chỉ dẫn địa lý, (\\d+) nhãn hiệu chứng nhận và (\\d+) nhãn hiệu tập thể");

	private static final String SIGNED = "&signer=Nguyễn Thị Thu";

	private static final List<String> DAYS = List.of("", "&asOf=2019-12-31");

	/**
	 * Each document asked for once and read by every test of the class (rendering the
	 * summaries of some thirty provinces twice over is most of its time).
	 */
	private static final Map<String, byte[]> DOCUMENTS = new ConcurrentHashMap<>();

	@Autowired
	WebTestClient client;

	@Test
	void theTotalsSentenceCountsTheTableRowsInForceInEveryProvince() {
		List<String> provinces = provinces();
		assertThat(provinces).as("the seed's provinces").contains("Hồ Chí Minh", "Khánh Hòa", "Quảng Trị");
		for (String province : provinces) {
			for (String asOf : DAYS) {
				SummaryTable read = SummaryTable.of(pdf(province, asOf));
				assertThat(read.rows()).as("%s%s: rows numbered 1…n", province, asOf)
					.extracting(SummaryTable.Row::ordinal)
					.containsExactlyElementsOf(ordinals(read.rows().size()));
				assertThat(read.rows()).as("%s has titles", province).isNotEmpty();
				assertThat(read.sentence()).as("%s%s: sentence and table", province, asOf)
					.isEqualTo(read.inForceRows());
			}
		}
	}

	@Test
	void theSentenceCountsTheGeographicalIndicationWithoutAGrantDateThatTheTableShowsInForce() {
		SummaryTable read = SummaryTable.of(pdf("Hồ Chí Minh", ""));
		assertThat(read.rows()).filteredOn(row -> row.type() == RegistrationType.GEOGRAPHICAL_INDICATION)
			.extracting(SummaryTable.Row::standing)
			.containsOnly("Còn hiệu lực")
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(read.sentence()).isEqualTo(read.inForceRows());
	}

	@Test
	void theWordDocumentAgreesWithItselfAndTotalsTheOcopProducts() throws IOException {
		for (String province : provinces()) {
			try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docx(province)))) {
				String text = String.join(" ", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
				Matcher sentence = SENTENCE.matcher(text);
				assertThat(sentence.find()).as("%s: the totals sentence", province).isTrue();
				Map<RegistrationType, Long> counted = new EnumMap<>(RegistrationType.class);
				counted.put(RegistrationType.GEOGRAPHICAL_INDICATION, Long.valueOf(sentence.group(1)));
				counted.put(RegistrationType.CERTIFICATION_MARK, Long.valueOf(sentence.group(2)));
				counted.put(RegistrationType.COLLECTIVE_MARK, Long.valueOf(sentence.group(3)));
				assertThat(counted).as(province).isEqualTo(inForce(table(docx, "Tình trạng")));
				List<XWPFTableRow> ocop = table(docx, "Số sản phẩm").getRows();
				XWPFTableRow total = ocop.get(ocop.size() - 1);
				long sum = ocop.subList(1, ocop.size() - 1)
					.stream()
					.mapToLong(row -> Long.parseLong(row.getCell(1).getText()))
					.sum();
				assertThat(total.getCell(0).getText()).isEqualTo("Tổng cộng");
				assertThat(Long.parseLong(total.getCell(1).getText())).isEqualTo(sum);
			}
		}
	}

	/**
	 * Khánh Hòa's summary, whose signature block once filled a page of its own, and every
	 * other province's: the page of {@code Nơi nhận:} also holds the lines before it
	 * (part 5's heading or its last rows).
	 */
	@Test
	void theSignatureBlockNeverStandsAloneOnAPage() {
		List<String> provinces = new ArrayList<>(List.of("Khánh Hòa"));
		provinces.addAll(provinces());
		for (String province : provinces) {
			PdfReading pdf = PdfReading.of(pdf(province, ""));
			String last = pdf.pageTexts().get(pdf.pages() - 1);
			assertThat(last).as("%s: the signature is on the last page", province).contains("Nơi nhận:");
			String rest = last.strip().replaceFirst("^" + pdf.pages() + "\\s", "");
			for (String signature : List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, QLKH.", "KT. GIÁM ĐỐC",
					"PHÓ GIÁM ĐỐC", "Nguyễn Thị Thu")) {
				rest = rest.replace(signature, "");
			}
			assertThat(rest).as("%s: what shares the signature's page", province)
				.containsPattern("5\\. Văn bằng đến hạn gia hạn|\\d+ .* \\d{2}/\\d{2}/\\d{4}");
		}
	}

	/**
	 * Every province's summary, both formats and both days, says everything in
	 * Vietnamese: no code, no English (see {@code OfficialOutputsIntegrationTests} for
	 * the other outputs).
	 */
	@Test
	void everySummarySaysEverythingInVietnamese() throws IOException {
		for (String province : provinces()) {
			for (String asOf : DAYS) {
				OfficialWording.assertVietnameseOnly("summary.pdf of " + province + asOf,
						PdfReading.of(pdf(province, asOf)).text());
			}
			try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docx(province)));
					XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
				OfficialWording.assertVietnameseOnly("summary.docx of " + province, words.getText());
			}
		}
	}

	private List<String> provinces() {
		return TestData.provincesWithTitles(TestUsers.admin(this.client));
	}

	private byte[] pdf(String province, String asOf) {
		return document("/api/v1/reports/summary.pdf?province=" + province + asOf + SIGNED);
	}

	private byte[] docx(String province) {
		return document("/api/v1/reports/summary.docx?province=" + province + SIGNED);
	}

	private byte[] document(String uri) {
		return DOCUMENTS.computeIfAbsent(uri, key -> TestData.download(TestUsers.admin(this.client), key));
	}

	/** The table whose header row holds the given column name. */
	private static XWPFTable table(XWPFDocument docx, String column) {
		return docx.getTables()
			.stream()
			.filter(table -> table.getRow(0).getTableCells().stream().anyMatch(cell -> cell.getText().equals(column)))
			.findFirst()
			.orElseThrow();
	}

	private static Map<RegistrationType, Long> inForce(XWPFTable titles) {
		Map<String, RegistrationType> types = Map.of("Chỉ dẫn địa lý", RegistrationType.GEOGRAPHICAL_INDICATION,
				"Nhãn hiệu chứng nhận", RegistrationType.CERTIFICATION_MARK, "Nhãn hiệu tập thể",
				RegistrationType.COLLECTIVE_MARK);
		Map<RegistrationType, Long> counts = new EnumMap<>(RegistrationType.class);
		for (RegistrationType type : RegistrationType.values()) {
			counts.put(type, 0L);
		}
		for (XWPFTableRow row : titles.getRows().subList(1, titles.getRows().size())) {
			if (row.getCell(7).getText().equals("Còn hiệu lực")) {
				counts.merge(types.get(row.getCell(2).getText()), 1L, Long::sum);
			}
		}
		return counts;
	}

	private static List<Integer> ordinals(int count) {
		List<Integer> ordinals = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			ordinals.add(i);
		}
		return ordinals;
	}

}

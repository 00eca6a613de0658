package vn.dost.registry.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.bson.Document;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles imported from the spreadsheets departments keep: checked whole first, written
 * only when all pass.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class ImportIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	MutableClock clock;

	/**
	 * A file import is one request doing much work: on a busy machine it takes longer
	 * than the default 5 s.
	 */
	@BeforeEach
	void allowSlowImports() {
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	/** Five rows of titles nobody else has, named with a word to find them by. */
	private static List<List<String>> rows(String marker, String holder) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(ImportFiles.mark("Bưởi " + marker + " số " + i, i % 2 == 0 ? "Quảng Trị" : "Quảng Bình",
					TestData.serial(), holder));
		}
		return rows;
	}

	private static String marker() {
		return "imp" + TestData.serial();
	}

	private Map<String, Object> importOk(byte[] file, String fileName, boolean dryRun) {
		return ImportFiles.upload(TestUsers.admin(this.client), file, fileName, dryRun, "vi")
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private long found(String marker) {
		Map<String, Object> page = TestData.listing(TestUsers.admin(this.client), uri -> uri.queryParam("q", marker));
		return ((Number) page.get("totalItems")).longValue();
	}

	private Map<String, Object> firstFound(String q) {
		Map<String, Object> page = TestData.listing(TestUsers.admin(this.client), uri -> uri.queryParam("q", q));
		return ((List<Map<String, Object>>) page.get("items")).get(0);
	}

	@Test
	void writesNothingWhenOneRowInTheMiddleIsBadAndReportsThatRow() {
		String marker = marker();
		List<List<String>> rows = rows(marker, "Hợp tác xã " + marker);
		rows.get(2).set(ImportFiles.HEADER.indexOf("filingDate"), "31/02/2020");
		rows.get(2).set(ImportFiles.HEADER.indexOf("province"), "Tỉnh Không Có");
		ImportFiles.upload(TestUsers.admin(this.client), ImportFiles.csv(rows, ',', false), "bad.csv", false, "en")
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/import-rejected")
			.jsonPath("$.rows")
			.isEqualTo(5)
			.jsonPath("$.created")
			.isEqualTo(0)
			.jsonPath("$.errorCount")
			.isEqualTo(2)
			.jsonPath("$.errors[0].row")
			.isEqualTo(4)
			.jsonPath("$.errors[0].field")
			.isEqualTo("filingDate")
			.jsonPath("$.errors[0].message")
			.isEqualTo("\"31/02/2020\" is not a date (dd/mm/yyyy or yyyy-mm-dd).")
			.jsonPath("$.errors[1].row")
			.isEqualTo(4)
			.jsonPath("$.errors[1].field")
			.isEqualTo("province");
		assertThat(found(marker)).isZero();
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/holders?q=hop tac xa " + marker)
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	@Test
	void importsTheFixedFileOnceAndASecondImportChangesNothing() {
		String marker = marker();
		List<List<String>> rows = rows(marker, "Hợp tác xã " + marker);
		byte[] file = ImportFiles.csv(rows, ',', false);
		Map<String, Object> first = importOk(file, "buoi-" + marker + ".csv", false);
		assertThat(first).containsEntry("rows", 5).containsEntry("created", 5).containsEntry("updated", 0);
		assertThat(found(marker)).isEqualTo(5);
		Map<String, Object> title = firstFound(marker + " so 1");
		assertThat(title).containsEntry("province", "Quảng Bình")
			.containsEntry("currentProvince", "Quảng Trị")
			.containsEntry("filingDate", "2020-03-10")
			.containsEntry("grantDate", "2021-05-20")
			.containsEntry("status", "GRANTED")
			.containsEntry("holderName", "Hợp tác xã " + marker);
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/registrations/{id}/history", title.get("id"))
			.exchange()
			.expectBody()
			.jsonPath("$[0].action")
			.isEqualTo("IMPORTED")
			.jsonPath("$[0].note")
			.isEqualTo("buoi-" + marker + ".csv");

		Map<String, Object> again = importOk(file, "buoi-" + marker + ".csv", false);
		assertThat(again).containsEntry("rows", 5).containsEntry("created", 0).containsEntry("updated", 0);
		assertThat(found(marker)).isEqualTo(5);
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/registrations/{id}", title.get("id"))
			.exchange()
			.expectHeader()
			.valueEquals("ETag", "\"0\"");
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/holders?q=hop tac xa " + marker)
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1);
	}

	@Test
	void updatesAMatchedTitleWithAnImportedHistoryEntryAndKeepsFactsOfEmptyCells() {
		String marker = marker();
		List<List<String>> rows = rows(marker, "Hội " + marker);
		importOk(ImportFiles.csv(rows, ',', false), "first.csv", false);
		// matched by the application number: the product changes, the registration number
		// cell is left empty
		rows.get(0).set(ImportFiles.HEADER.indexOf("product"), "Bưởi da xanh");
		String registrationNumber = rows.get(0).get(ImportFiles.HEADER.indexOf("registrationNumber"));
		rows.get(0).set(ImportFiles.HEADER.indexOf("registrationNumber"), "");
		Map<String, Object> report = importOk(ImportFiles.csv(rows, ';', false), "second.csv", false);
		assertThat(report).containsEntry("created", 0).containsEntry("updated", 1);
		Map<String, Object> title = firstFound(marker + " so 0");
		assertThat(title).containsEntry("product", "Bưởi da xanh")
			.containsEntry("registrationNumber", registrationNumber);
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/registrations/{id}/history", title.get("id"))
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[1].action")
			.isEqualTo("IMPORTED")
			.jsonPath("$[1].note")
			.isEqualTo("second.csv")
			.jsonPath("$[1].changes.product[0]")
			.isEqualTo("Quả bưởi")
			.jsonPath("$[1].changes.product[1]")
			.isEqualTo("Bưởi da xanh");
	}

	@Test
	void readsSemicolonCsvBomCsvAndXlsxAlike() throws IOException {
		String marker = marker();
		List<List<String>> rows = rows(marker, "Công ty " + marker);
		rows.get(1).set(ImportFiles.HEADER.indexOf("niceClasses"), "29; 31");
		List<byte[]> files = List.of(ImportFiles.csv(rows, ',', false), ImportFiles.csv(rows, ';', false),
				ImportFiles.csv(rows, ',', true), ImportFiles.xlsx(rows));
		List<String> names = List.of("a.csv", "b.csv", "c.csv", "d.xlsx");
		for (int i = 0; i < files.size(); i++) {
			Map<String, Object> dryRun = importOk(files.get(i), names.get(i), true);
			assertThat(dryRun).as(names.get(i))
				.containsEntry("rows", 5)
				.containsEntry("created", 5)
				.containsEntry("updated", 0)
				.containsEntry("errorCount", 0);
		}
		assertThat(found(marker)).as("a dry run writes nothing").isZero();
		importOk(files.get(3), "d.xlsx", false);
		Map<String, Object> title = firstFound(marker + " so 1");
		assertThat(title).containsEntry("filingDate", "2020-03-10").containsEntry("niceClasses", List.of(29, 31));
		for (int i = 0; i < 3; i++) {
			Map<String, Object> same = importOk(files.get(i), names.get(i), false);
			assertThat(same).as(names.get(i)).containsEntry("created", 0).containsEntry("updated", 0);
		}
		assertThat(found(marker)).isEqualTo(5);
	}

	@Test
	void reportsTwoRowsOfOneTitleAndOfficersOutsideTheirProvinces() {
		String marker = marker();
		List<List<String>> rows = rows(marker, "Hợp tác xã " + marker);
		rows.add(new ArrayList<>(rows.get(0)));
		rows.get(5).set(ImportFiles.HEADER.indexOf("name"), "Bưởi " + marker + " bản sao");
		WebTestClient officer = TestUsers.officer(this.client, "import-officer", "Khánh Hòa");
		ImportFiles.upload(officer, ImportFiles.csv(rows, ',', false), "x.csv", true, "vi")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Không nhập được tệp")
			.jsonPath("$.errors[?(@.field == 'province')].row")
			.value(lines -> assertThat((List<Integer>) lines).containsExactly(2, 3, 4, 5, 6, 7))
			.jsonPath("$.errors[?(@.field == 'applicationNumber')].message")
			.isEqualTo(List.of("Dòng 2 đã mô tả văn bằng này."));
		String holderId = TestData.holder(TestUsers.admin(this.client), "Hội " + marker, null);
		ImportFiles
			.upload(TestUsers.holder(this.client, "import-holder-user", holderId), ImportFiles.csv(rows, ',', false),
					"x.csv", true, "en")
			.expectStatus()
			.isForbidden();
	}

	@Test
	void refusesAFileThatIsNoTableItCanReadWithoutWritingAnything() {
		byte[] disguised = "PK\u0003\u0004 no workbook inside".getBytes(StandardCharsets.ISO_8859_1);
		ImportFiles.upload(TestUsers.admin(this.client), disguised, "hong.xlsx", false, "vi")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.value(type -> assertThat((String) type).endsWith("/invalid-input"))
			.jsonPath("$.errors[0].field")
			.isEqualTo("file")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).startsWith("Không đọc được tệp"));
	}

	@Test
	void acceptsVietnameseHeadersAndRefusesUnknownColumns() {
		String marker = marker();
		String file = "STT;Loại văn bằng;Tên;Sản phẩm;Tỉnh/thành phố;Số đơn;Ngày nộp đơn;Trạng thái;Chủ văn bằng;"
				+ "Loại chủ văn bằng\n1;Nhãn hiệu tập thể;Gạo " + marker + ";Gạo;Quảng Trị;4-2019-" + TestData.serial()
				+ ";5/6/2019;GRANTED;HTX " + marker + ";COOPERATIVE\n";
		Map<String, Object> report = importOk(file.getBytes(java.nio.charset.StandardCharsets.UTF_8), "vi.csv", false);
		assertThat(report).containsEntry("created", 1);
		ImportFiles.upload(TestUsers.admin(this.client), "type,name,colour\n".getBytes(), "c.csv", true, "en")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].row")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo("colour");
	}

	@Test
	void writesNothingWhileAnotherImportHoldsTheLeaseAndTakesOverALeaseLeftToExpire() {
		String marker = marker();
		byte[] file = ImportFiles.csv(rows(marker, "Hợp tác xã " + marker), ',', false);
		Query lease = Query.query(Criteria.where("_id").is("import"));
		Instant now = this.clock.instant();
		Document running = new Document("_id", "import").append("importId", "another")
			.append("username", "officer")
			.append("takenAt", Date.from(now))
			.append("expiresAt", Date.from(now.plus(ImportLease.TERM)));
		this.mongo.insert(running, ImportLease.COLLECTION).block();
		try {
			ImportFiles.upload(TestUsers.admin(this.client), file, "buoi-" + marker + ".csv", false, "en")
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/import-running")
				.jsonPath("$.title")
				.isEqualTo("Another import is running");
			assertThat(found(marker)).isZero();
			// a dry run writes nothing and needs no lease
			assertThat(importOk(file, "buoi-" + marker + ".csv", true)).containsEntry("created", 5);
			// the holder's service stopped without giving the lease back: once it has
			// expired, it is taken over
			this.mongo
				.updateFirst(lease, Update.update("expiresAt", Date.from(now.minusSeconds(1))), ImportLease.COLLECTION)
				.block();
			assertThat(importOk(file, "buoi-" + marker + ".csv", false)).containsEntry("created", 5);
			assertThat(found(marker)).isEqualTo(5);
			// and given back at the end
			assertThat(this.mongo.count(lease, ImportLease.COLLECTION).block()).isZero();
		}
		finally {
			this.mongo.remove(lease, ImportLease.COLLECTION).block();
		}
	}

	@Test
	void listsPastImportsWithTheirCounts() {
		String marker = marker();
		importOk(ImportFiles.csv(rows(marker, "HTX " + marker), ',', false), marker + ".csv", false);
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/imports?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.fileName == '" + marker + ".csv')].state")
			.isEqualTo(List.of("DONE"))
			.jsonPath("$.items[?(@.fileName == '" + marker + ".csv')].created")
			.isEqualTo(List.of(5))
			.jsonPath("$.items[?(@.fileName == '" + marker + ".csv')].actor")
			.isEqualTo(List.of("admin"));
	}

	@Test
	void servesATemplateWithDropDownListsForEveryEnumColumn() throws IOException {
		byte[] template = TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/imports/template.xlsx")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).startsWith("type", "name").contains("holderName", "niceClasses", "status");
			List<String> lists = sheet.getDataValidations()
				.stream()
				.map(DataValidation::getValidationConstraint)
				.map(constraint -> String.join(",", constraint.getExplicitListValues()))
				.toList();
			assertThat(lists).contains("GEOGRAPHICAL_INDICATION,CERTIFICATION_MARK,COLLECTIVE_MARK")
				.anySatisfy(list -> assertThat(list).contains("GRANTED", "EXPIRED"))
				.anySatisfy(list -> assertThat(list).contains("COOPERATIVE"));
		}
	}

}

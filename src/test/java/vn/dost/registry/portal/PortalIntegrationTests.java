package vn.dost.registry.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.registry.HistoryAction;
import vn.dost.registry.registry.PublicRegistrations;
import vn.dost.registry.registry.RegistrationChange;
import vn.dost.registry.reports.PdfReading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal as anyone reads it, without signing in: only public titles, in every
 * output; no contact data anywhere; exports that parse back; text shown as text;
 * validators that answer 304.
 */
@RegistryIntegrationTest
class PortalIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PublicRegistrations publicTitles;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Moves the clock on a day, so that what the test writes next is the newest change.
	 */
	private void later() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(1)));
	}

	@Test
	void showsOnlyPublicTitlesInEveryOutput() {
		// The feed lists the newest changes only: a day later than the seed data and the
		// other tests' titles.
		later();
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Chè vàng");

		for (String body : List.of(text("/portal?q=" + f.word()), text("/portal/embed?q=" + f.word()),
				text("/api/v1/public/registrations?q=" + f.word()),
				text("/api/v1/public/registrations.json?q=" + f.word()),
				csvText("/api/v1/public/registrations.csv?q=" + f.word()),
				String.join("\n",
						xlsxRows("/api/v1/public/registrations.xlsx?q=" + f.word()).stream()
							.map(String::valueOf)
							.toList()))) {
			assertThat(body).contains(f.publicName()).doesNotContain(f.filingName()).doesNotContain(f.hiddenName());
		}
		Map<String, Object> listing = json("/api/v1/public/registrations?q=" + f.word());
		assertThat(listing.get("totalItems")).isEqualTo(1);
		assertThat(listing).extractingByKey("facets").asString().contains("GRANTED=1").doesNotContain("FILED");
		String feed = text("/portal/feed.atom");
		assertThat(feed).contains(f.publicName()).doesNotContain(f.filingName()).doesNotContain(f.hiddenName());
		for (String hidden : List.of(f.filingId(), f.hiddenId())) {
			status("/portal/registrations/" + hidden, HttpStatus.NOT_FOUND);
			status("/api/v1/public/registrations/" + hidden, HttpStatus.NOT_FOUND);
			status("/portal/registrations/" + hidden + "/summary.pdf", HttpStatus.NOT_FOUND);
		}
		status("/portal/registrations/" + f.publicId(), HttpStatus.OK);
		assertThat(json("/api/v1/public/registrations?status=FILED&q=" + f.word()).get("totalItems")).isEqualTo(0);
	}

	/**
	 * The public copy of the record sheet shows authorised users by name and province
	 * only, as the docs promise: not the decision granting their right, which the
	 * officers' copy prints.
	 */
	@Test
	void thePublicRecordSheetShowsAuthorisedUsersByNameAndProvinceOnly() {
		WebTestClient admin = TestUsers.admin(this.client);
		PortalFixtures f = PortalFixtures.create(admin, "Nước mắm");
		String shown = PdfReading.of(bytes("/portal/registrations/" + f.publicId() + "/summary.pdf")).text();
		assertThat(shown).contains("Hộ kinh doanh Lê Thị Hoa", "Quảng Trị")
			.doesNotContain(PortalFixtures.USER_DECISION)
			.doesNotContain("Quyết định, thời hạn");
		String officers = PdfReading
			.of(TestData.download(admin, "/api/v1/registrations/" + f.publicId() + "/summary.pdf"))
			.text();
		assertThat(officers).contains("Hộ kinh doanh Lê Thị Hoa", PortalFixtures.USER_DECISION);
	}

	@Test
	void publishesNoContactDataAnywhere() {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Hồ tiêu");
		String id = f.publicId();
		List<String> bodies = new ArrayList<>(List.of(text("/portal?q=" + f.word()),
				text("/portal/registrations/" + id), text("/portal/registrations/" + id + "?lang=en"),
				text("/portal/embed?q=" + f.word()), text("/api/v1/public/registrations?q=" + f.word()),
				text("/api/v1/public/registrations/" + id), text("/api/v1/public/registrations.json?q=" + f.word()),
				csvText("/api/v1/public/registrations.csv?q=" + f.word()),
				String.valueOf(xlsxRows("/api/v1/public/registrations.xlsx?q=" + f.word())),
				text("/portal/feed.atom")));
		bodies.add(PdfReading.of(bytes("/portal/registrations/" + id + "/summary.pdf")).text());

		String record = text("/portal/registrations/" + id);
		assertThat(record).contains("Hộ kinh doanh Lê Thị Hoa").contains("Hợp tác xã Chè Gio Linh");
		Map<String, Object> json = json("/api/v1/public/registrations/" + id);
		assertThat(json)
			.containsEntry("authorisedUsers",
					List.of(Map.of("name", "Hộ kinh doanh Lê Thị Hoa", "locality", "Quảng Trị")))
			.doesNotContainKeys("holderId", "dataIssues", "version", "public");
		for (String body : bodies) {
			for (String contact : PortalFixtures.contactData()) {
				assertThat(body).doesNotContain(contact);
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void exportsTheFilteredListingInFormatsThatParseBack() throws IOException {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Dừa xiêm");

		byte[] csv = bytes("/api/v1/public/registrations.csv?q=" + f.word());
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<CsvRecord> records = new ArrayList<>();
		CsvReader.builder()
			.ofCsvRecord(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
			.forEach(records::add);
		assertThat(records).hasSize(2);
		assertThat(records.get(0).getFields())
			.containsExactlyElementsOf(OpenDataColumns.ALL.stream().map(OpenDataColumns.Column::header).toList());
		Map<String, String> row = byHeader(records.get(0).getFields(), records.get(1).getFields());
		assertThat(row).containsEntry("name", f.publicName())
			.containsEntry("id", f.publicId())
			.containsEntry("grantDate", "2021-03-10")
			.containsEntry("expiryDate", "2030-03-10")
			.containsEntry("status", "GRANTED")
			.containsEntry("currentProvince", "Quảng Trị")
			.containsEntry("url", "http://localhost:8080/portal/registrations/" + f.publicId());

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(bytes("/api/v1/public/registrations.xlsx?q=" + f.word())))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row header = sheet.getRow(0);
			int grantColumn = OpenDataColumns.ALL.stream()
				.map(OpenDataColumns.Column::header)
				.toList()
				.indexOf("grantDate");
			assertThat(header.getCell(grantColumn).getStringCellValue()).isEqualTo("grantDate");
			Cell grant = sheet.getRow(1).getCell(grantColumn);
			assertThat(grant.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(grant)).isTrue();
			assertThat(grant.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 10));
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(f.publicName());
		}

		List<?> all = this.client.get()
			.uri("/api/v1/public/registrations.json?q=" + f.word())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(all).hasSize(1);
		assertThat((Map<String, Object>) all.get(0)).containsEntry("name", f.publicName())
			.containsEntry("grantDate", "2021-03-10");
	}

	@Test
	void showsAScriptInANameAsText() {
		String name = "Nhãn <script>alert(1)</script>";
		later();
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), name);

		for (String page : List.of(text("/portal?q=" + f.word()), text("/portal/registrations/" + f.publicId()),
				text("/portal/registrations/" + f.publicId() + "?lang=en"), text("/portal/embed?q=" + f.word()))) {
			assertThat(page).doesNotContain("<script>alert(1)</script>")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		}
		// XML escapes '<' (a '>' in text is legal XML): the name is text of a <title>,
		// not an element.
		assertThat(text("/portal/feed.atom")).doesNotContain("<script>").contains("&lt;script>alert(1)&lt;/script>");
		assertThat(json("/api/v1/public/registrations/" + f.publicId())).containsEntry("name", f.publicName());
	}

	@Test
	void answersNotModifiedWhileNothingChanged() {
		String etag = this.client.get()
			.uri("/portal?q=che")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.LAST_MODIFIED)
			.expectHeader()
			.valueMatches(HttpHeaders.ETAG, "W/\".+\"")
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		this.client.get()
			.uri("/portal?q=che")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		String csvTag = this.client.get()
			.uri("/api/v1/public/registrations.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(csvTag).isNotEqualTo(etag);
		this.client.get()
			.uri("/api/v1/public/registrations.csv")
			.header(HttpHeaders.IF_NONE_MATCH, csvTag)
			.exchange()
			.expectStatus()
			.isNotModified();

		PortalFixtures.create(TestUsers.admin(this.client), "Bưởi");

		this.client.get()
			.uri("/portal?q=che")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.ETAG, changed -> assertThat(changed).isNotEqualTo(etag));
	}

	@Test
	void compressesPagesAndSaysWhoMayFrameThem() throws Exception {
		HttpResponse<byte[]> zipped = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/portal"))
				.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).contains("<html lang=\"vi\"");
		}
		this.client.get()
			.uri("/portal")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.value("Content-Security-Policy",
					csp -> assertThat(csp).contains("frame-ancestors 'none'")
						.contains("default-src 'none'")
						.doesNotContain("script-src"));
		this.client.get()
			.uri("/portal/embed?province=Quảng Trị")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-Frame-Options")
			.expectHeader()
			.value("Content-Security-Policy", csp -> assertThat(csp).endsWith("frame-ancestors 'self'"));
		this.client.get()
			.uri("/api/v1/public/registrations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void searchesWithoutDiacriticsInVietnameseAndEnglish() {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Sầu riêng Khánh Sơn");

		String vi = text("/portal?q=sau rieng khanh son " + f.word());
		assertThat(vi).contains("<html lang=\"vi\"")
			.contains(f.publicName())
			.contains("Tìm thấy 1 văn bằng")
			.contains("Nhãn hiệu tập thể")
			.contains("href=\"/portal/registrations/" + f.publicId() + "\"");
		String en = text("/portal?lang=en&q=sau rieng khanh son " + f.word());
		assertThat(en).contains("<html lang=\"en\"")
			.contains("1 titles found")
			.contains("Collective mark")
			.contains("href=\"/portal/registrations/" + f.publicId() + "?lang=en\"");
		String record = text("/portal/registrations/" + f.publicId());
		assertThat(record)
			.contains(
					"<link rel=\"canonical\" href=\"http://localhost:8080/portal/registrations/" + f.publicId() + "\"")
			.contains("property=\"og:title\"")
			.contains("Còn hiệu lực")
			.contains("Chưa đến hạn gia hạn")
			.contains("href=\"/portal/registrations/" + f.publicId() + "/summary.pdf\"");
	}

	@Test
	void feedsTheLatestPublicChanges() throws Exception {
		later();
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Cà phê Khe Sanh");

		String atom = text("/portal/feed.atom");
		var document = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new org.xml.sax.InputSource(new StringReader(atom)));
		var entries = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		assertThat(entries.getLength()).isBetween(1, 50);
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			titles.add(((org.w3c.dom.Element) entries.item(i))
				.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
				.item(0)
				.getTextContent());
		}
		assertThat(titles.get(0)).isEqualTo(f.publicName() + ": Đưa vào cơ sở dữ liệu");
		assertThat(atom).contains(
				"<link rel=\"alternate\" href=\"http://localhost:8080/portal/registrations/" + f.publicId() + "\"/>");
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
	}

	/**
	 * The titles that changed last may have changed only in ways the public is not told
	 * of (a description edited): the feed then looks further back instead of showing
	 * older changes of those titles before a newer one of another title. (A century on,
	 * so that no other test's change is newer; the titles leave the public listing after,
	 * so that none of theirs is newer than another test's.)
	 */
	@Test
	void findsTheNewestToldChangeBehindTitlesChangedLaterInWaysNotTold() {
		WebTestClient admin = TestUsers.admin(this.client);
		Instant recorded = this.clock.instant().plus(Duration.ofDays(36_500));
		this.clock.set(recorded);
		List<Map<String, Object>> titles = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			titles.add(created(admin, publicTitle("Mật ong sửa mô tả " + TestData.serial())));
		}
		this.clock.set(recorded.plus(Duration.ofDays(1)));
		Map<String, Object> told = created(admin, publicTitle("Mật ong mới đưa vào " + TestData.serial()));
		try {
			this.clock.set(recorded.plus(Duration.ofDays(2)));
			titles.forEach(title -> change(admin, title, "description", "Mô tả sửa lại"));

			List<RegistrationChange> changes = this.publicTitles.latestChanges(2).block();

			assertThat(changes).hasSize(2);
			assertThat(changes.get(0).registration().getId()).isEqualTo(told.get("id"));
			assertThat(changes.get(0).entry().kind()).isEqualTo(HistoryAction.RECORDED);
			assertThat(changes.get(1).entry().at()).isEqualTo(recorded);
			assertThat(titles).extracting(title -> title.get("id")).contains(changes.get(1).registration().getId());
			assertThat(text("/portal/feed.atom")).contains((String) told.get("name")).doesNotContain("Mô tả sửa lại");
		}
		finally {
			this.clock.set(recorded.plus(Duration.ofDays(3)));
			titles.add(told);
			titles.forEach(title -> change(admin, title, "public", false));
		}
	}

	private static Map<String, Object> created(WebTestClient admin, Map<String, Object> body) {
		body.put("id", TestData.create(admin, body).get("id"));
		return body;
	}

	/** PUTs the title with one field changed, at its current version. */
	private static void change(WebTestClient admin, Map<String, Object> title, String field, Object value) {
		String uri = "/api/v1/registrations/" + title.get("id");
		Map<String, Object> changed = new java.util.HashMap<>(title);
		changed.remove("id");
		changed.put(field, value);
		admin.put()
			.uri(uri)
			.header(HttpHeaders.IF_MATCH, TestData.etag(admin, uri))
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk();
		title.put(field, value);
	}

	private static Map<String, Object> publicTitle(String name) {
		return new java.util.HashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name", name, "product", "Mật ong",
				"province", "Quảng Trị", "status", "GRANTED", "public", true, "registrationNumber",
				String.format("%05d", TestData.serial() % 100000)));
	}

	/**
	 * An entry whose decision has no known date says so, and none ends in a bare "ngày"
	 * (a title entered without a filing date).
	 */
	@Test
	void saysWhenAnEntrysDateIsNotKnown() throws Exception {
		later();
		String name = "Chỉ dẫn chưa rõ ngày " + TestData.serial();
		TestData.create(TestUsers.admin(this.client),
				new java.util.HashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name", name, "product", "Mật ong",
						"province", "Quảng Trị", "status", "GRANTED", "public", true, "registrationNumber",
						String.format("%05d", TestData.serial() % 100000))));
		for (String language : List.of("", "?lang=en")) {
			var document = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
				.newDocumentBuilder()
				.parse(new org.xml.sax.InputSource(new StringReader(text("/portal/feed.atom" + language))));
			var entries = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
			String mine = null;
			for (int i = 0; i < entries.getLength(); i++) {
				var entry = (org.w3c.dom.Element) entries.item(i);
				String summary = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary")
					.item(0)
					.getTextContent();
				assertThat(summary.strip()).doesNotEndWith("ngày").doesNotEndWith(" on");
				if (entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
					.item(0)
					.getTextContent()
					.startsWith(name)) {
					mine = summary;
				}
			}
			assertThat(mine).isEqualTo(language.isEmpty() ? "Đưa vào cơ sở dữ liệu (chưa rõ ngày)"
					: "Entered in the register (date unknown)");
		}
	}

	@Test
	void neutralisesAFormulaInTheCsvAndKeepsItAsTextInTheXlsx() throws IOException {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "=HYPERLINK(\"http://x\",\"y\")");
		assertThat(f.publicName()).startsWith("=HYPERLINK(");

		byte[] csv = bytes("/api/v1/public/registrations.csv?q=" + f.word());
		List<CsvRecord> records = new ArrayList<>();
		CsvReader.builder()
			.ofCsvRecord(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
			.forEach(records::add);
		assertThat(records).hasSize(2);
		Map<String, String> row = byHeader(records.get(0).getFields(), records.get(1).getFields());
		assertThat(row).containsEntry("name", "'" + f.publicName())
			.containsEntry("grantDate", "2021-03-10")
			.containsEntry("registrationNumber", f.registrationNumber());

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(bytes("/api/v1/public/registrations.xlsx?q=" + f.word())))) {
			Cell name = workbook.getSheetAt(0)
				.getRow(1)
				.getCell(OpenDataColumns.ALL.stream().map(OpenDataColumns.Column::header).toList().indexOf("name"));
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(f.publicName());
		}
		assertThat(json("/api/v1/public/registrations/" + f.publicId())).containsEntry("name", f.publicName());
	}

	@Test
	void answersAnInvalidPageAddressWithAnHtmlPageInThePagesLanguage() {
		Map<String, String> vietnamese = Map.of("/portal?type=FOO", "Không có loại văn bằng “FOO”.",
				"/portal?province=Atlantis", "Không có tỉnh, thành phố nào tên “Atlantis”.", "/portal?page=-1",
				"Không có trang “-1”", "/portal?page=abc", "Không có trang “abc”", "/portal?sort=bogus",
				"Không có cách sắp xếp “bogus”.", "/portal/embed?status=NOPE", "Không có tình trạng “NOPE”.",
				"/portal?q=" + "a".repeat(501), "Từ khóa tìm kiếm dài quá 500 ký tự.");
		vietnamese
			.forEach((uri, message) -> assertThat(errorPage(uri, HttpStatus.BAD_REQUEST)).contains("<html lang=\"vi\"")
				.contains("Yêu cầu không hợp lệ")
				.contains(message));

		assertThat(errorPage("/portal?lang=en&productGroup=GOLD&province=Atlantis", HttpStatus.BAD_REQUEST))
			.contains("<html lang=\"en\"")
			.contains("Invalid request")
			.contains("There is no product group “GOLD”.")
			.doesNotContain("Atlantis");
		assertThat(errorPage("/portal?lang=en&province=<b>Atlantis", HttpStatus.BAD_REQUEST))
			.contains("There is no province named “&lt;b&gt;Atlantis”.")
			.doesNotContain("<b>");
	}

	@Test
	void answersAnUnknownOrHiddenRecordWithAnHtmlPage() {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Mắm ruốc");

		for (String uri : List.of("/portal/registrations/" + f.hiddenId(), "/portal/registrations/" + f.filingId(),
				"/portal/registrations/no-such-title", "/portal/registrations/" + f.hiddenId() + "/summary.pdf",
				"/portal/no-such-page", "/portal/registrations/" + f.publicId() + "/more")) {
			assertThat(errorPage(uri, HttpStatus.NOT_FOUND)).contains("<html lang=\"vi\"").contains("Không tìm thấy");
		}
		assertThat(errorPage("/portal/registrations/no-such-title?lang=en", HttpStatus.NOT_FOUND))
			.contains("<html lang=\"en\"")
			.contains("There is no public title at this address.");
	}

	/**
	 * A page that fails (here: a stored record the database returns but that cannot be
	 * read, written behind the service's back) is an HTML page in the page's language,
	 * without the cause.
	 */
	@Test
	void answersAFailedPageWithAnHtmlPage() {
		String id = "portal-unreadable-" + System.nanoTime();
		this.mongo
			.insert(new org.bson.Document("_id", id).append("facts", "not a document").append("status", "GRANTED"),
					"registrations")
			.block();
		try {
			String page = errorPage("/portal/registrations/" + id, HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(page).contains("<html lang=\"vi\"").contains("Đã có lỗi").doesNotContain("Exception");
			assertThat(errorPage("/portal/registrations/" + id + "?lang=en", HttpStatus.INTERNAL_SERVER_ERROR))
				.contains("<html lang=\"en\"")
				.contains("Something went wrong");
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where("_id").is(id)), "registrations").block();
		}
	}

	@Test
	void keepsProblemsOnThePublicApi() {
		for (String uri : List.of("/api/v1/public/registrations?type=FOO", "/api/v1/public/registrations?page=-1",
				"/api/v1/public/registrations?province=Atlantis", "/api/v1/public/registrations.csv?sort=bogus")) {
			this.client.get()
				.uri(uri)
				.accept(MediaType.TEXT_HTML, MediaType.ALL)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.value(type -> assertThat(type).asString().endsWith("/invalid-input"));
		}
		this.client.get()
			.uri("/api/v1/public/registrations/no-such-title")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/**
	 * An error page as a browser gets it: HTML with the status asked for, and no
	 * validators.
	 */
	private String errorPage(String uri, HttpStatus status) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.doesNotExist(HttpHeaders.ETAG)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, String> byHeader(List<String> header, List<String> values) {
		Map<String, String> row = new java.util.LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			row.put(header.get(i), values.get(i));
		}
		return row;
	}

	private String text(String uri) {
		return new String(bytes(uri), StandardCharsets.UTF_8);
	}

	private String csvText(String uri) {
		return text(uri);
	}

	/**
	 * A whole response; generous time, since the first XLSX of a run loads POI (seconds
	 * on a busy machine).
	 */
	private byte[] bytes(String uri) {
		return this.client.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> json(String uri) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private List<List<String>> xlsxRows(String uri) {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(uri)))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(cell.toString()));
				rows.add(cells);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return rows;
	}

	private void status(String uri, HttpStatus status) {
		this.client.get().uri(uri).exchange().expectStatus().isEqualTo(status);
	}

}

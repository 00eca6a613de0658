package vn.dost.registry.workspace.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imports' pages on the real server: a file is checked (nothing written) and its
 * problems shown by row and column beside the row's cells; a clean file is kept and
 * imported on confirmation without being sent again; one import at a time (said in
 * words); kept files are only their uploader's, and go when imported, cancelled or left
 * too long.
 */
@RegistryIntegrationTest
class ImportPagesIntegrationTests {

	static final String HEADER = "Loại văn bằng,Tên,Sản phẩm,Nhóm sản phẩm,Nhóm Nice,Tỉnh,Số đơn,Ngày nộp đơn,"
			+ "Số văn bằng,Ngày cấp,Trạng thái,Chủ văn bằng,Loại chủ văn bằng";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	KeptUploads uploads;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void showsEachProblemByRowAndColumnBesideTheRowsCellsAndWritesNothing() {
		int serial = TestData.serial();
		String bad = row("Bưởi lỗi " + serial, serial, "31/02/2021");
		byte[] file = csv(row("Bưởi tốt " + serial, serial + 1, "20/05/2021"), bad);
		WorkspaceClient officer = officer("ws-import-errors");

		Page checked = officer.upload("/app/imports", "buoi-" + serial + ".csv", file, true);
		assertThat(checked.status()).isEqualTo(303);
		assertThat(checked.location()).matches("/app/imports/uploads/[0-9a-f-]{36}");
		org.jsoup.nodes.Document report = Jsoup.parse(officer.get(checked.location()).body());
		assertThat(report.select("#file-name").text()).isEqualTo("buoi-" + serial + ".csv");
		assertThat(report.select("#error-count").text()).isEqualTo("1");
		assertThat(report.select("#rejected").text()).contains("không có gì được ghi");
		assertThat(report.select("#confirm")).as("nothing to confirm").isEmpty();
		Element row = report.select(".row-problems[data-row=3]").first();
		assertThat(row.select("h3").text()).isEqualTo("Dòng 3");
		assertThat(row.select("ul.problems li").text())
			.isEqualTo("Ngày cấp: \"31/02/2021\" không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd).");
		assertThat(row.select("table.cells th").eachText()).isEqualTo(List.of(HEADER.split(",")));
		assertThat(row.select("table.cells td").eachText().get(1)).isEqualTo("Bưởi lỗi " + serial);
		assertThat(row.select("table.cells td.bad").eachText()).containsExactly("31/02/2021 (ô có lỗi)");
		assertThat(report.select("#upload-form input[type=file]")).as("fix and upload again").hasSize(1);
		assertThat(titlesNamed("Bưởi tốt " + serial)).isZero();
	}

	@Test
	void showsALineTooLongToReadAsItsRowsProblem() {
		int serial = TestData.serial();
		String longLine = "nhãn hiệu tập thể,\"" + "a".repeat(17 << 20) + "\"\r\n";
		byte[] good = csv(row("Bưởi trước dòng dài " + serial, serial, "20/05/2021"));
		byte[] file = new byte[good.length + longLine.length()];
		System.arraycopy(good, 0, file, 0, good.length);
		System.arraycopy(longLine.getBytes(StandardCharsets.US_ASCII), 0, file, good.length, longLine.length());
		WorkspaceClient officer = officer("ws-import-long-line");
		Page checked = officer.upload("/app/imports", "dai.csv", file, true);
		assertThat(checked.status()).isEqualTo(303);
		Page report = officer.get(checked.location());
		assertThat(report.status()).isEqualTo(200);
		org.jsoup.nodes.Document page = Jsoup.parse(report.body());
		assertThat(page.select("#error-count").text()).isEqualTo("1");
		assertThat(page.select(".row-problems[data-row=3] ul.problems li").text()).contains("16 MB");
		assertThat(titlesNamed("Bưởi trước dòng dài " + serial)).isZero();
	}

	@Test
	void importsTheCheckedFileOnConfirmationWithoutSendingItAgain() {
		int serial = TestData.serial();
		byte[] file = csv(row("Cam Vinh " + serial, serial, "20/05/2021"),
				row("Cam Xã Đoài " + serial, serial + 1, "2021-06-01"));
		WorkspaceClient officer = officer("ws-import-confirm");
		Page checked = officer.upload("/app/imports", "cam.csv", file, true);
		org.jsoup.nodes.Document report = Jsoup.parse(officer.get(checked.location()).body());
		assertThat(report.select("#ready").text()).contains("Không có lỗi", "2 dòng", "tạo mới 2");
		assertThat(titlesNamed("Cam Vinh " + serial)).as("a check writes nothing").isZero();
		KeptUpload kept = this.uploads.find(id(checked), "ws-import-confirm").orElseThrow();
		assertThat(kept.file()).exists();

		Page confirmed = officer.post(checked.location(), Map.of());
		assertThat(confirmed.status()).isEqualTo(303);
		assertThat(confirmed.location()).matches("/app/imports\\?done=[0-9a-f-]{36}");
		org.jsoup.nodes.Document done = Jsoup.parse(officer.get(confirmed.location()).body());
		assertThat(done.select("#done").text()).contains("cam.csv", "tạo mới 2");
		assertThat(done.select("#past-imports tr.highlight").text()).contains("cam.csv", "Hoàn tất",
				"ws-import-confirm");
		assertThat(titlesNamed("Cam Vinh " + serial)).isEqualTo(1);
		assertThat(kept.file()).as("the kept file goes once imported").doesNotExist();
		assertThat(officer.post(checked.location(), Map.of()).status()).as("imported once").isEqualTo(404);
	}

	@Test
	void readsAWorkbookAsItReadsACsv() throws IOException {
		int serial = TestData.serial();
		WorkspaceClient officer = officer("ws-import-xlsx");
		Page checked = officer.upload("/app/imports", "vai.xlsx",
				xlsx(row("Vải Thanh Hà " + serial, serial, "2020-13-40")), true);
		Element row = Jsoup.parse(officer.get(checked.location()).body()).select(".row-problems").first();
		assertThat(row.attr("data-row")).isEqualTo("2");
		assertThat(row.select("td.bad").eachText()).containsExactly("2020-13-40 (ô có lỗi)");
	}

	@Test
	void saysInWordsThatAnotherImportIsRunningAndKeepsTheFileForLater() {
		int serial = TestData.serial();
		WorkspaceClient officer = officer("ws-import-lease");
		Page checked = officer.upload("/app/imports", "tieu.csv", csv(row("Tiêu Vĩnh Linh " + serial, serial, "")),
				true);
		officer.get(checked.location());
		Document lease = new Document("_id", "import").append("importId", "another")
			.append("username", "someone")
			.append("takenAt", Date.from(this.clock.instant()))
			.append("expiresAt", Date.from(this.clock.instant().plus(Duration.ofMinutes(10))));
		this.mongo.insert(lease, "import_lease").as(StepVerifier::create).expectNextCount(1).verifyComplete();
		try {
			Page busy = officer.post(checked.location(), Map.of());
			assertThat(busy.status()).isEqualTo(409);
			org.jsoup.nodes.Document page = Jsoup.parse(busy.body());
			assertThat(page.select("#busy").text()).contains("Một tệp khác đang được nhập");
			assertThat(page.select("#confirm")).as("the same file may be imported later").hasSize(1);
			assertThat(titlesNamed("Tiêu Vĩnh Linh " + serial)).isZero();
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where("_id").is("import")), "import_lease")
				.as(StepVerifier::create)
				.expectNextCount(1)
				.verifyComplete();
		}
		assertThat(officer.post(checked.location(), Map.of()).status()).isEqualTo(303);
		assertThat(titlesNamed("Tiêu Vĩnh Linh " + serial)).isEqualTo(1);
	}

	@Test
	void aKeptFileIsOnlyItsUploadersAndGoesWhenCancelledOrLeftTooLong() {
		int serial = TestData.serial();
		WorkspaceClient officer = officer("ws-import-owner");
		WorkspaceClient another = officer("ws-import-other");
		Page first = officer.upload("/app/imports", "a.csv", csv(row("Na Chi Lăng " + serial, serial, "")), true);
		another.get("/app/imports");
		assertThat(another.get(first.location()).status()).isEqualTo(404);
		assertThat(another.post(first.location(), Map.of()).status()).isEqualTo(404);
		assertThat(Jsoup.parse(officer.get(first.location()).body()).select("#confirm")).hasSize(1);

		Path firstFile = this.uploads.find(id(first), "ws-import-owner").orElseThrow().file();
		officer.post(first.location() + "/cancel", Map.of());
		assertThat(firstFile).doesNotExist();
		Page gone = officer.get(first.location());
		assertThat(gone.status()).isEqualTo(404);
		assertThat(Jsoup.parse(gone.body()).select("#gone").text()).contains("không còn được lưu giữ");

		Page second = officer.upload("/app/imports", "b.csv", csv(row("Na Bắc " + serial, serial + 1, "")), true);
		Path secondFile = this.uploads.find(id(second), "ws-import-owner").orElseThrow().file();
		this.clock.set(this.clock.instant().plus(KeptUploads.KEPT).plusSeconds(60));
		this.uploads.sweep();
		assertThat(secondFile).doesNotExist();
		// the session has timed out meanwhile too
		assertThat(WorkspaceClient.signedIn(this.client, "ws-import-owner").get(second.location()).status())
			.isEqualTo(404);
		assertThat(titlesNamed("Na Chi Lăng " + serial) + titlesNamed("Na Bắc " + serial)).isZero();
	}

	@Test
	void asksForAFileAndSaysWhenItCannotBeRead() {
		WorkspaceClient officer = officer("ws-import-unreadable");
		officer.get("/app/imports");
		Page none = officer.upload("/app/imports", "", new byte[0], true);
		assertThat(none.status()).isEqualTo(400);
		assertThat(Jsoup.parse(none.body()).select("#file-error").text())
			.isEqualTo("Hãy chọn một tệp CSV hoặc XLSX để tải lên.");
		byte[] notAWorkbook = "PK\u0003\u0004 this is no workbook".getBytes(StandardCharsets.ISO_8859_1);
		Page broken = officer.upload("/app/imports", "hong.xlsx", notAWorkbook, true);
		assertThat(broken.status()).isEqualTo(400);
		assertThat(Jsoup.parse(broken.body()).select("#file-error").text()).startsWith("Không đọc được tệp");
	}

	@Test
	void anUploadWithoutTheFormsTokenIsRefused() {
		WorkspaceClient officer = officer("ws-import-csrf");
		officer.get("/app/imports");
		int serial = TestData.serial();
		Page refused = officer.upload("/app/imports", "x.csv", csv(row("Không mã " + serial, serial, "")), false);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Biểu mẫu đã hết hạn");
	}

	@Test
	void onlyOfficersAndAdministratorsImportAndTheTemplateIsOffered() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã không nhập " + TestData.serial(), "Huế");
		String username = "ws-import-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, holder);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);
		assertThat(cooperative.get("/app/imports").status()).isEqualTo(403);
		assertThat(cooperative.get("/app/imports/template.xlsx").status()).isEqualTo(403);

		WorkspaceClient officer = officer("ws-import-template");
		assertThat(Jsoup.parse(officer.get("/app/imports").body()).select("#template").attr("href"))
			.isEqualTo("/app/imports/template.xlsx");
		WorkspaceClient.Download template = officer.download("/app/imports/template.xlsx");
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.headers().getContentDisposition().getFilename()).isEqualTo("mau-nhap-van-bang.xlsx");
		assertThat(new String(template.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(officer.get("/app/imports?lang=en").body()).contains("Past imports").doesNotContain("??");
	}

	private WorkspaceClient officer(String username) {
		TestUsers.officer(this.client, username, "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, username);
		officer.get("/app/imports");
		return officer;
	}

	private long titlesNamed(String name) {
		Map<String, Object> page = TestData.listing(TestUsers.admin(this.client), uri -> uri.queryParam("q", name));
		return TestData.names(page).stream().filter(name::equals).count();
	}

	private static String id(Page checked) {
		return checked.location().substring(checked.location().lastIndexOf('/') + 1);
	}

	/**
	 * A granted collective mark of Quảng Trị; an empty grant day leaves the cell empty.
	 */
	static String row(String name, int serial, String grantDate) {
		return String.join(",", "nhãn hiệu tập thể", name, "Quả bưởi", "FOOD", "31", "Quảng Trị", "4-2019-" + serial,
				"10/03/2019", "4-" + String.format("%07d", serial) + "-000", grantDate, "GRANTED",
				"Hợp tác xã Nhập tệp " + serial, "COOPERATIVE");
	}

	static byte[] csv(String... rows) {
		return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(String... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Văn bằng");
			List<String> lines = new java.util.ArrayList<>(List.of(HEADER));
			lines.addAll(List.of(rows));
			for (int r = 0; r < lines.size(); r++) {
				var row = sheet.createRow(r);
				String[] cells = lines.get(r).split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}

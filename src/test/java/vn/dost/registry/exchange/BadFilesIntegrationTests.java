package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Files nobody should send, sent: every one is answered with a 4xx problem naming the
 * line (or the file) that is wrong, in seconds, and leaves no upload behind in the
 * uploads directory. The service under test takes bodies up to 20 MB.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class BadFilesIntegrationTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final MediaType JSONL = MediaType.parseMediaType("application/jsonl");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String HEADER = "{\"format\":\"ip-registry-backup\",\"version\":1}\n";

	private static final int MB = 1024 * 1024;

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	WebTestClient admin;

	@BeforeEach
	void signIn() {
		this.admin = TestUsers.admin(this.client).mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	@AfterEach
	void noUploadIsLeftBehind() {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(uploadsLeft()).isEmpty());
	}

	@Test
	void refusesARestoreLineNestedTenThousandDeepAtOnce() {
		String deep = "{\"collection\":\"holders\",\"document\":{\"_id\":\"deep\",\"a\":" + "[".repeat(10_000)
				+ "]".repeat(10_000) + "}}\n";
		Map<String, Object> problem = restore(HEADER + deep);
		assertThat(rows(problem)).containsExactly(2);
		assertThat(messages(problem).get(0)).contains("64");
	}

	@Test
	void refusesRestoreLinesThatAreNoDocumentsNamingEachLine() {
		byte[] notUtf8 = "{\"collection\":\"holders\",\"document\":{\"_id\":\"\u00c3(\"}}\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		String lines = HEADER + "[]\n" // 2
				+ "{\"collection\":\"holders\",\"document\":{\"_id\":123456789012345678901234567890}}\n" // 3
				+ new String(notUtf8, StandardCharsets.ISO_8859_1) // 4
				+ "{\"collection\":\"holders\",\"document\":{\"_id\":\"w\",\"$where\":\"sleep(1000)\"}}\n" // 5
				+ "{\"collection\":\"holders\",\"document\":{\"_id\":\"twice\",\"name\":\"A\"}}\n" // 6
				+ "{\"collection\":\"holders\",\"document\":{\"_id\":\"twice\",\"name\":\"B\"}}\n" // 7
				+ "{\"collection\":5,\"document\":{\"_id\":\"x\"}}\n" // 8
				+ "{\"collection\":\"holders\",\"document\":{\"_id\":[1,2]}}\n" // 9
				+ "{\"collection\":\"holders\",\"document\":{\"_id\":\"a.b\",\"x\":{\"a.b\":1}}}\n"; // 10
		Map<String, Object> problem = restore(lines.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(rows(problem)).containsExactly(2, 3, 4, 5, 7, 8, 9, 10);
	}

	@Test
	void importsAWorkbookWhoseCellsHaveNoReference() {
		int serial = TestData.serial();
		String name = "Bưởi không tham chiếu " + serial;
		List<String> row = ImportFiles.mark(name, "Quảng Trị", serial, "HTX không tham chiếu " + serial);
		row.set(3, "");
		byte[] workbook = Workbooks.withoutCellReferences(List.of(ImportFiles.HEADER, row));
		Map<String, Object> report = this.admin.post()
			.uri("/api/v1/imports?fileName=no-references.xlsx")
			.contentType(XLSX)
			.bodyValue(workbook)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(report).containsEntry("rows", 1).containsEntry("created", 1).containsEntry("errorCount", 0);
		Map<String, Object> found = TestData.listing(this.admin, uri -> uri.queryParam("q", "{q}"), "4-2020-" + serial);
		assertThat(TestData.names(found)).containsExactly(name);
		// the empty cell (<c/>) kept its place: every later column is read under its own
		// header
		assertThat(((List<Map<String, Object>>) found.get("items")).get(0)).containsEntry("productGroup", null)
			.containsEntry("niceClasses", List.of(31))
			.containsEntry("filingDate", "2020-03-10")
			.containsEntry("holderName", "HTX không tham chiếu " + serial);
	}

	@Test
	void refusesHostileWorkbooksAsUnreadableFiles() {
		for (byte[] workbook : List.of(Workbooks.externalEntity(), Workbooks.billionLaughs(), Workbooks.zipBomb(200))) {
			Map<String, Object> problem = this.admin.post()
				.uri("/api/v1/imports?dryRun=true")
				.contentType(XLSX)
				.bodyValue(workbook)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(problem).containsEntry("type", "/problems/invalid-input");
			assertThat((List<Map<String, Object>>) problem.get("errors")).singleElement()
				.satisfies(error -> assertThat(error).containsEntry("field", "file"));
			assertThat(problem.toString()).doesNotContain("root:");
		}
	}

	@Test
	void refusesABrokenMultipartBody() {
		byte[] cut = ("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
				+ "type,name\r\nCOLLECTIVE_MARK,Bưởi")
			.getBytes(StandardCharsets.UTF_8);
		this.admin.post()
			.uri("/api/v1/imports?dryRun=true")
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=cut"))
			.bodyValue(cut)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/malformed-upload");
	}

	@Test
	void saysAnEmptyFileIsEmptyNotThatItIsBadJson() {
		this.admin.post()
			.uri("/api/v1/imports?dryRun=true")
			.header("Accept-Language", "en")
			.contentType(CSV)
			.bodyValue(new byte[0])
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/empty-file")
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("empty").doesNotContain("JSON"));
		ImportFiles.upload(this.admin, new byte[0], "empty.csv", true, "en")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/empty-file");
		this.admin.post()
			.uri("/api/v1/imports/full")
			.contentType(JSONL)
			.bodyValue(new byte[0])
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/empty-file");
	}

	@Test
	void namesTheLineOfACsvThatIsNotUtf8() {
		byte[] file = "type,name\nCOLLECTIVE_MARK,Bưởi\nCOLLECTIVE_MARK,B\u01b0\u1edfi\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] legacy = new byte[file.length + 2];
		System.arraycopy(file, 0, legacy, 0, file.length);
		// "ở" as Windows-1258 writes it: not UTF-8
		legacy[file.length - 1] = (byte) 0xF5;
		legacy[file.length] = (byte) 0x20;
		legacy[file.length + 1] = '\n';
		Map<String, Object> problem = importCsv(legacy);
		assertThat(rows(problem)).containsExactly(3);
		assertThat(fields(problem)).containsExactly("file");
	}

	@Test
	void refusesACsvFieldOverSixteenMegabytesQuickly() {
		long started = System.nanoTime();
		String longLine = "type,name\nCOLLECTIVE_MARK,\"" + "a".repeat(17 * MB) + "\"\n";
		assertThat(rows(importCsv(longLine.getBytes(StandardCharsets.US_ASCII)))).containsExactly(2);
		String manyLines = "type,name\nCOLLECTIVE_MARK,Bưởi\nCOLLECTIVE_MARK,\""
				+ ("b".repeat(MB - 1) + "\n").repeat(17) + "\"\n";
		assertThat(rows(importCsv(manyLines.getBytes(StandardCharsets.UTF_8)))).containsExactly(3);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void refusesADeclaredLengthOverTheLimitBeforeReadingTheBody() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(requestHead("/api/v1/imports?dryRun=true", 300L * MB).getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[64 * 1024]);
			out.flush();
			String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
			assertThat(answer).isEqualTo("HTTP/1.1 413");
		}
	}

	@Test
	void cutsOffABodyWithoutLengthWhereItPassesTheLimit() {
		Flux<DataBuffer> chunks = Flux.range(0, 25)
			.map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[MB]));
		this.admin.post()
			.uri("/api/v1/imports/full")
			.contentType(JSONL)
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/upload-too-large");
	}

	@Test
	void leavesNoFileBehindWhenTheClientGoesAwayMidUpload() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(requestHead("/api/v1/imports?dryRun=true", 4L * MB).getBytes(StandardCharsets.US_ASCII));
			out.write("type,name\n".getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[256 * 1024]);
			out.flush();
			await().atMost(Duration.ofSeconds(20)).until(() -> !uploadsLeft().isEmpty());
		}
	}

	private Map<String, Object> importCsv(byte[] file) {
		return this.admin.post()
			.uri("/api/v1/imports?dryRun=true")
			.header("Accept-Language", "en")
			.contentType(CSV)
			.bodyValue(file)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> restore(String lines) {
		return restore(lines.getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Object> restore(byte[] lines) {
		Map<String, Object> problem = this.admin.post()
			.uri("/api/v1/imports/full")
			.header("Accept-Language", "en")
			.contentType(JSONL)
			.bodyValue(lines)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem).containsEntry("type", "/problems/restore-rejected");
		return problem;
	}

	private static List<Integer> rows(Map<String, Object> problem) {
		return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> (Integer) e.get("row")).toList();
	}

	private static List<String> fields(Map<String, Object> problem) {
		return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> (String) e.get("field")).toList();
	}

	private static List<String> messages(Map<String, Object> problem) {
		return ((List<Map<String, Object>>) problem.get("errors")).stream()
			.map(e -> (String) e.get("message"))
			.toList();
	}

	private static String requestHead(String path, long length) {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
				+ "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\n\r\n";
	}

	private static List<Path> uploadsLeft() throws IOException {
		Path directory = Path.of(RegistryIntegrationTest.UPLOADS);
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}

}

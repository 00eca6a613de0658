package vn.dost.registry.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import vn.dost.registry.RegistryApplication;
import vn.dost.registry.provinces.Provinces;

/**
 * Imports a generated, realistic CSV of N titles (default 50,000; about one holder per 25
 * titles, the three kinds, all 63 former provinces, dates as {@code dd/mm/yyyy}) into an
 * empty service through {@code POST /api/v1/imports}, and reports rows per second and the
 * heap's peak; then a dry run and a second, idempotent import of the same file; then the
 * ceiling: the very documents the import stored, inserted again through the driver in
 * batches of the same size into a scratch collection. Not a test: run by
 * {@code scripts/import-benchmark.sh}. Arguments: the row count.
 */
public final class ImportBenchmark {

	private static final String PASSWORD = "benchmark-password-1";

	private static final int BATCH = 500;

	private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		Path data = Files.createTempDirectory("import-benchmark");
		Path csv = data.resolve("titles-" + rows + ".csv");
		generate(csv, rows, new Provinces());
		ConfigurableApplicationContext context = SpringApplication.run(RegistryApplication.class, "--server.port=0",
				"--registry.data-dir=" + data.resolve("db"), "--registry.seed.enabled=false",
				"--registry.admin-password=" + PASSWORD, "--logging.level.root=WARN");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			System.out.printf("rows: %,d, file: %,d bytes, CPUs: %d, max heap: %,d MB%n", rows, Files.size(csv),
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
			System.out.println("| run | seconds | rows/s | created | updated | heap peak MB (sum of pool peaks) |");
			System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
			run("import (empty registry)", port, csv, false, rows);
			run("dry run (check pass only)", port, csv, true, rows);
			run("same file again (nothing changes)", port, csv, false, rows);
			backup(port);
			ceiling(context.getBean(ReactiveMongoTemplate.class), data);
			String listed = get(port, "/api/v1/registrations?size=1");
			System.out.println("search index after the import: " + listed.replaceAll(".*\"totalItems\":(\\d+).*", "$1")
					+ " titles listed");
		}
		finally {
			context.close();
		}
	}

	private static void run(String label, int port, Path csv, boolean dryRun, int rows) throws Exception {
		List<MemoryPoolMXBean> heap = heapPools();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request(port, "/api/v1/imports?fileName=bench.csv&dryRun=" + dryRun)
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofFile(csv))
				.build(), HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
		long oldPeak = heap.stream()
			.filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() >> 20;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		String body = response.body();
		System.out.printf("| %s | %.1f | %,.0f | %s | %s | %,d (old generation %,d) |%n", label, seconds,
				rows / seconds, body.replaceAll(".*\"created\":(\\d+).*", "$1"),
				body.replaceAll(".*\"updated\":(\\d+).*", "$1"), peak, oldPeak);
	}

	/**
	 * The ceiling: the stored titles written out (streamed) to a file of Extended JSON
	 * lines, then read back and inserted through the driver, {@value #BATCH} at a time,
	 * into a scratch collection. Reading and parsing the file is timed alone too, so the
	 * driver's share can be told apart.
	 */
	private static void ceiling(ReactiveMongoTemplate mongo, Path folder) throws IOException {
		Path documents = folder.resolve("stored-titles.jsonl");
		try (Writer out = Files.newBufferedWriter(documents, StandardCharsets.UTF_8)) {
			// Small batches: the embedded server answers a cursor's first request with
			// everything otherwise.
			mongo.getCollection("registrations")
				.flatMapMany(collection -> collection.find().batchSize(BATCH))
				.doOnNext(document -> {
					document.remove("_id");
					try {
						out.write(document.toJson(JSON));
						out.write('\n');
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				})
				.blockLast();
		}
		long parseStart = System.nanoTime();
		long parsed;
		try (var lines = Files.lines(documents)) {
			parsed = lines.map(Document::parse).count();
		}
		double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
		List<MemoryPoolMXBean> heap = heapPools();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		try (var lines = Files.lines(documents)) {
			mongo.getCollection("benchmark_ceiling")
				.flatMapMany(collection -> Flux.fromStream(lines.map(Document::parse))
					.buffer(BATCH)
					.concatMap(batch -> Mono.from(collection.insertMany(batch))))
				.blockLast();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
		System.out.printf("| ceiling: the %,d stored documents from a file through the driver, insertMany of %d | %.1f"
				+ " | %,.0f | %,d | 0 | %,d |%n", parsed, BATCH, seconds, parsed / seconds, parsed, peak);
		System.out.printf("(of which reading and parsing the file alone: %.1f s)%n", parseSeconds);
		mongo.dropCollection("benchmark_ceiling").block();
	}

	/** The full backup of the imported registry, streamed and counted, not kept. */
	private static void backup(int port) throws Exception {
		long start = System.nanoTime();
		HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
			.send(request(port, "/api/v1/exports/full.jsonl").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		long bytes;
		try (java.io.InputStream body = response.body()) {
			bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		System.out.printf("full backup: HTTP %d, %,d bytes in %.1f s%n", response.statusCode(), bytes,
				(System.nanoTime() - start) / 1e9);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private static HttpRequest.Builder request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofMinutes(30))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static String get(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/** Rows as a department's spreadsheet has them; the same seed gives the same file. */
	static void generate(Path csv, int rows, Provinces provinces) throws IOException {
		Random random = new Random(20261122);
		List<String> provinceNames = new ArrayList<>(provinces.formerProvinces());
		provinceNames.sort(null);
		String[] products = { "Bưởi da xanh", "Hạt tiêu đen", "Cà phê nhân", "Nước mắm", "Gạo thơm", "Mật ong",
				"Chè xanh", "Sầu riêng", "Thổ cẩm", "Dừa xiêm", "Xoài cát", "Nhãn lồng" };
		String[] groups = { "FOOD", "FOOD", "BEVERAGE", "FOOD", "FOOD", "FOOD", "BEVERAGE", "FOOD",
				"TEXTILE_HANDICRAFT", "FOOD", "FOOD", "FOOD" };
		String[] kinds = { "COOPERATIVE", "ASSOCIATION", "ENTERPRISE", "STATE_BODY" };
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("type,name,product,productGroup,niceClasses,province,area,applicationNumber,filingDate,"
					+ "registrationNumber,grantDate,status,holderName,holderKind,public\n");
			for (int i = 0; i < rows; i++) {
				int kind = i % 20 == 0 ? 0 : i % 5 == 0 ? 1 : 2;
				String type = List.of("GEOGRAPHICAL_INDICATION", "CERTIFICATION_MARK", "COLLECTIVE_MARK").get(kind);
				int product = random.nextInt(products.length);
				String province = provinceNames.get(random.nextInt(provinceNames.size()));
				LocalDate filed = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(3000));
				LocalDate granted = filed.plusDays(300 + random.nextInt(400));
				boolean grantedYet = granted.isBefore(LocalDate.of(2026, 6, 1));
				String prefix = kind == 0 ? "6-" : "4-";
				String registration = kind == 0 ? String.format("%05d", i + 1) : String.format("4-%07d-000", i + 1);
				int holder = random.nextInt(Math.max(1, rows / 25));
				out.write(String.join(",", type, products[product] + " " + province + " " + (i + 1), products[product],
						groups[product], kind == 0 ? "" : "\"29; 31\"", province,
						"\"xã " + (i % 97) + ", " + province + "\"",
						prefix + filed.getYear() + "-" + String.format("%05d", i + 1),
						String.format("%02d/%02d/%d", filed.getDayOfMonth(), filed.getMonthValue(), filed.getYear()),
						grantedYet ? registration : "", grantedYet ? granted.toString() : "",
						grantedYet ? "GRANTED" : "PUBLISHED", "Hợp tác xã số " + holder, kinds[holder % kinds.length],
						grantedYet ? "TRUE" : "FALSE"));
				out.write('\n');
			}
		}
	}

}

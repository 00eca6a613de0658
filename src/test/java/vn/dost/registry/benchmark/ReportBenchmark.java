package vn.dost.registry.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dost.registry.RegistryApplication;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.reports.ProvincialSummaries;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.Records;

/**
 * Times the provincial summary (PDF and DOCX) for a province holding 100, 1,000, 10,000…
 * titles, with the heap's peak while each is written, and LibreOffice's conversion of the
 * DOCX to PDF when {@code libreoffice} is on the path. Starts the whole service on an
 * empty data folder (no seed data) and fills one province through the service. Arguments:
 * the title counts, ascending; or {@code --fill DIR N} to fill a data folder only. Not a
 * test: run by {@code scripts/report-benchmark.sh}.
 */
public final class ReportBenchmark {

	private static final String PROVINCE = "Gia Lai";

	private static final RegistrationType[] TYPES = RegistrationType.values();

	/**
	 * PDF runs after the first, whose median is reported: a service writes reports with
	 * compiled code, the first run of a fresh JVM mostly measures the JIT
	 * ({@code -Dreport.warm-runs=}, default 5).
	 */
	private static final int WARM_RUNS = Integer.getInteger("report.warm-runs", 5);

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 3 && "--fill".equals(args[0])) {
			fillOnly(Path.of(args[1]), Integer.parseInt(args[2]));
			return;
		}
		Path data = Files.createTempDirectory("report-benchmark");
		ConfigurableApplicationContext context = start(data);
		try {
			RegistrationService registrations = context.getBean(RegistrationService.class);
			ProvincialSummaries summaries = context.getBean(ProvincialSummaries.class);
			System.out.println("| titles | PDF ms (first / median of " + WARM_RUNS
					+ " more) | PDF bytes | PDF heap peak MB | DOCX ms | DOCX bytes"
					+ " | DOCX heap peak MB | LibreOffice DOCX→PDF ms |");
			System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
			int entered = 0;
			for (String arg : args) {
				int wanted = Integer.parseInt(arg);
				entered = fill(registrations, entered, wanted);
				ProvincialSummaries.Request request = new ProvincialSummaries.Request(PROVINCE, null, "1", "Benchmark",
						null);
				Run pdf1 = run(summaries.pdf(request, Actor.SYSTEM).block(), null);
				List<Run> warm = new ArrayList<>();
				for (int i = 0; i < WARM_RUNS; i++) {
					warm.add(run(summaries.pdf(request, Actor.SYSTEM).block(), null));
				}
				warm.sort(Comparator.comparingLong(Run::millis));
				Run pdf2 = warm.get(warm.size() / 2);
				Path docx = data.resolve("summary-" + wanted + ".docx");
				Run doc = run(summaries.docx(request, Actor.SYSTEM).block(), docx);
				String office = convert(docx, data);
				System.out.printf("| %,d | %d / %d | %,d | %d | %d | %,d | %d | %s |%n", wanted, pdf1.millis,
						pdf2.millis, pdf2.bytes, pdf2.peakMb, doc.millis, doc.bytes, doc.peakMb, office);
			}
		}
		finally {
			context.close();
		}
	}

	/**
	 * The service on the data folder, without seed data and without the report warm-up
	 * (this benchmark times the first summary itself).
	 */
	private static ConfigurableApplicationContext start(Path data) {
		return SpringApplication.run(RegistryApplication.class, "--server.port=0", "--registry.data-dir=" + data,
				"--registry.seed.enabled=false", "--registry.admin-password=benchmark-password-1",
				"--registry.reports.warm-up.rounds=0", "--logging.level.root=WARN");
	}

	/**
	 * {@code --fill DIR N}: only enters N titles into the province in the data folder DIR
	 * and stops; scripts/report-benchmark.sh then starts the packaged service on it and
	 * asks for the summary over HTTP.
	 */
	private static void fillOnly(Path data, int titles) {
		try (ConfigurableApplicationContext context = start(data)) {
			fill(context.getBean(RegistrationService.class), 0, titles);
		}
	}

	/**
	 * Enters titles numbered {@code from} (inclusive) to {@code to} (exclusive), in
	 * batches of 1,000.
	 */
	private static int fill(RegistrationService registrations, int from, int to) {
		for (int start = from; start < to; start += 1000) {
			Map<String, RegistrationDraft> batch = new LinkedHashMap<>();
			for (int i = start; i < Math.min(to, start + 1000); i++) {
				RegistrationType type = TYPES[i % TYPES.length];
				LocalDate filed = LocalDate.of(2005 + i % 20, 1 + i % 12, 1 + i % 28);
				batch.put(String.format("bench-%06d", i),
						Records.of(RegistrationDraft.class,
								Map.of("type", type, "name", "Nhãn hàng thử nghiệm số " + i, "product",
										"Sản phẩm đặc sản " + i, "productGroup", ProductGroup.FOOD, "niceClasses",
										type.isMark() ? List.of(31) : List.of(), "province",
										i % 2 == 0 ? PROVINCE : "Bình Định", "filingDate", filed, "registrationNumber",
										String.format("4-%07d-000", i), "grantDate", filed.plusYears(1), "status",
										RegistrationStatus.GRANTED)));
			}
			registrations.enterAllOnce(batch, Actor.SYSTEM).block();
		}
		// Let the index make the last batch visible.
		while (registrations.all(vn.dost.registry.registry.RegistrationQuery.inProvince(PROVINCE), Actor.SYSTEM)
			.block()
			.stream()
			.filter(title -> title.id().startsWith("bench-"))
			.count() < to) {
			sleep(200);
		}
		return to;
	}

	private record Run(long millis, long bytes, long peakMb) {
	}

	private static Run run(Consumer<OutputStream> writer, Path file) throws IOException {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		Counting out = new Counting(file == null ? OutputStream.nullOutputStream() : Files.newOutputStream(file));
		writer.accept(out);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		return new Run(millis, out.count, peak / (1024 * 1024));
	}

	private static String convert(Path docx, Path folder) {
		try {
			long start = System.nanoTime();
			Process office = new ProcessBuilder("libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
					folder.resolve("office").toString(), docx.toString())
				.redirectErrorStream(true)
				.start();
			office.getInputStream().readAllBytes();
			if (!office.waitFor(30, TimeUnit.MINUTES) || office.exitValue() != 0) {
				return "failed";
			}
			return String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		catch (IOException ex) {
			return "not installed";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Counts the bytes passing through. */
	private static final class Counting extends OutputStream {

		private final OutputStream target;

		private long count;

		Counting(OutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) throws IOException {
			this.target.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.target.write(b, off, len);
			this.count += len;
		}

		@Override
		public void close() throws IOException {
			this.target.close();
		}

	}

}

package vn.dost.registry.reports;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report warm-up leaves readiness alone: the ready event's listener returns while the
 * drawing still runs, on a bounded elastic thread; and what it draws is a whole
 * provincial summary, so it warms the code a real one runs.
 */
class ReportWarmUpTests {

	private static final ReportSettings SETTINGS = new ReportSettings(null, null, null, null, null, null, null, null);

	@Test
	void theReadyEventReturnsWhileTheDrawingRunsOnABoundedElasticThread() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> drawnOn = new CompletableFuture<>();
		ReportWarmUp warmUp = new ReportWarmUp(() -> {
			try {
				release.await(10, TimeUnit.SECONDS);
				drawnOn.complete(Thread.currentThread().getName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		long started = System.nanoTime();
		warmUp.onReady();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(drawnOn).isNotDone();
		release.countDown();
		assertThat(drawnOn.get(10, TimeUnit.SECONDS)).startsWith("boundedElastic-");
	}

	@Test
	void drawsAWholeSummaryInVietnamese() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SummaryPdf.write(ReportWarmUp.madeUp(SETTINGS, 60), out);
		PdfReading pdf = PdfReading.of(out.toByteArray());
		assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
		assertThat(pdf.text()).contains("UBND TỈNH GIA LAI", "Nguyễn Văn Khởi", "Chư Sê");
		SummaryTable table = SummaryTable.of(out.toByteArray());
		assertThat(table.rows()).hasSize(60);
		assertThat(table.rows().get(59).ordinal()).isEqualTo(60);
		assertThat(table.rows().get(59).name()).startsWith("Đặc sản thử nghiệm");
		assertThat(pdf.fontsNotEmbedded()).isEmpty();
	}

}

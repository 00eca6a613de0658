package vn.dost.registry.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dost.registry.deadlines.DeadlineKind;
import vn.dost.registry.deadlines.MarkDeadline;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.Records;

/**
 * Draws a made-up provincial summary a few times once the service is ready, on a bounded
 * elastic thread and into nothing, so that the first summary an officer asks for finds
 * iText's classes loaded, the fonts read and the layout code compiled (cold, it took
 * several times as long as warm). Readiness never waits for it: it starts after the
 * service answers, and a failure is only logged. Only in the web service (the benchmark's
 * dataset generator draws no reports).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class ReportWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

	private final Runnable draw;

	@Autowired
	ReportWarmUp(ReportSettings settings, @Value("${registry.reports.warm-up.titles:1000}") int titles,
			@Value("${registry.reports.warm-up.rounds:3}") int rounds) {
		this(() -> {
			ProvincialSummary summary = madeUp(settings, titles);
			for (int round = 0; round < rounds; round++) {
				SummaryPdf.write(summary, OutputStream.nullOutputStream());
			}
		});
	}

	ReportWarmUp(Runnable draw) {
		this.draw = draw;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		long started = System.nanoTime();
		warmUp().subscribe(done -> log.debug("Report warm-up took {} ms", (System.nanoTime() - started) / 1_000_000),
				error -> log.warn("Report warm-up failed; the first summary will be slower", error));
	}

	/** The drawing, on a bounded elastic thread once subscribed. */
	Mono<Void> warmUp() {
		return Mono.fromRunnable(this.draw).subscribeOn(Schedulers.boundedElastic()).then();
	}

	/**
	 * A summary of as many titles as asked, of every type, granted over twenty years,
	 * with Vietnamese text in every column, every seventh due (part 5's table and the
	 * signature kept with its last rows).
	 */
	static ProvincialSummary madeUp(ReportSettings settings, int titles) {
		LocalDate today = LocalDate.of(2026, 1, 15);
		Letterhead letterhead = Letterhead.of("Gia Lai", today, settings, "1",
				new Letterhead.Signer("Nguyễn Văn Khởi", settings.signerTitle()));
		List<RegistrationListing> listings = new ArrayList<>();
		List<SummaryRow> rows = new ArrayList<>();
		List<MarkDeadline> due = new ArrayList<>();
		RegistrationType[] types = RegistrationType.values();
		for (int i = 0; i < titles; i++) {
			RegistrationType type = types[i % types.length];
			LocalDate granted = LocalDate.of(2006 + i % 20, 1 + i % 12, 1 + i % 28);
			RegistrationFacts facts = Records.of(RegistrationFacts.class,
					Map.of("type", type, "name", "Đặc sản thử nghiệm số " + i, "product",
							"Sản phẩm đặc sản Gia Lai " + i, "productGroup", ProductGroup.FOOD, "province", "Gia Lai",
							"holderName", "Hợp tác xã nông nghiệp Chư Sê " + i % 40, "registrationNumber",
							String.format("4-%07d-000", i), "grantDate", granted));
			RegistrationListing listing = Records.of(RegistrationListing.class,
					Map.of("id", "warm-up-" + i, "facts", facts, "storedStatus", RegistrationStatus.GRANTED));
			listings.add(listing);
			rows.add(new SummaryRow(listing, true, Labels.status(RegistrationStatus.GRANTED)));
			if (i % 7 == 0) {
				due.add(new MarkDeadline(listing, DeadlineKind.MARK_EXPIRES, today.plusDays(i / 7)));
			}
		}
		return new ProvincialSummary(letterhead, "Gia Lai", today, today, rows,
				SummaryFigures.grantedPerYear(listings, today), new TreeMap<>(Map.of(3, 12L, 4, 5L, 5, 1L)), due);
	}

}

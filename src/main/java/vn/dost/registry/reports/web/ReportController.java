package vn.dost.registry.reports.web;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.reports.ProvincialSummaries;
import vn.dost.registry.reports.RecordSheets;
import vn.dost.registry.security.Actor;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.StreamedBody;

/**
 * Printable reports: a title's record sheet and the provincial summary. The document is
 * written on a bounded elastic thread straight into the response, chunk by chunk, never
 * held whole in memory.
 */
@RestController
class ReportController {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final RecordSheets sheets;

	private final ProvincialSummaries summaries;

	private final CurrentActor actor;

	ReportController(RecordSheets sheets, ProvincialSummaries summaries, CurrentActor actor) {
		this.sheets = sheets;
		this.summaries = summaries;
		this.actor = actor;
	}

	@GetMapping("/api/v1/registrations/{id}/summary.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> recordSheet(@PathVariable String id) {
		return this.actor.get()
			.flatMap(who -> this.sheets.pdf(id, who))
			.map(writer -> streamed(writer, MediaType.APPLICATION_PDF, "registration-" + id + ".pdf"));
	}

	@GetMapping("/api/v1/reports/summary.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> summaryPdf(@RequestParam String province,
			@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String number,
			@RequestParam(required = false) String signer, @RequestParam(required = false) String signerTitle) {
		return summary(new ProvincialSummaries.Request(province, asOf, number, signer, signerTitle),
				this.summaries::pdf, MediaType.APPLICATION_PDF, "pdf");
	}

	@GetMapping("/api/v1/reports/summary.docx")
	Mono<ResponseEntity<Flux<DataBuffer>>> summaryDocx(@RequestParam String province,
			@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String number,
			@RequestParam(required = false) String signer, @RequestParam(required = false) String signerTitle) {
		return summary(new ProvincialSummaries.Request(province, asOf, number, signer, signerTitle),
				this.summaries::docx, DOCX, "docx");
	}

	/** The summary, offered for saving under the province's name and the day. */
	private Mono<ResponseEntity<Flux<DataBuffer>>> summary(ProvincialSummaries.Request request,
			BiFunction<ProvincialSummaries.Request, Actor, Mono<Consumer<OutputStream>>> format, MediaType type,
			String extension) {
		return this.actor.get()
			.flatMap(who -> format.apply(request, who))
			.map(writer -> ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						DownloadName.attachment(this.summaries.name(request) + "." + extension))
				.body(StreamedBody.of(writer)));
	}

	static ResponseEntity<Flux<DataBuffer>> streamed(Consumer<OutputStream> writer, MediaType type, String name) {
		Flux<DataBuffer> body = StreamedBody.of(writer);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(body);
	}

}

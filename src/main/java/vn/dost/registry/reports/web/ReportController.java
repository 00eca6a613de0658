package vn.dost.registry.reports.web;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Reports", description = "Printable documents: record sheets and provincial summaries.")
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

	@Operation(summary = "Print a title's record sheet",
			description = """
					A one-page PDF of the title: every field, holder, status, dates, authorised users and a QR code to its page 					(the public record page, or for a title the public may not see its page in the officers' workspace, 					`/app/registrations/{id}`).""")
	@ApiResponse(responseCode = "200", description = "The record sheet.",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/registrations/{id}/summary.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> recordSheet(@PathVariable String id) {
		return this.actor.get()
			.flatMap(who -> this.sheets.pdf(id, who))
			.map(writer -> streamed(writer, MediaType.APPLICATION_PDF, "registration-" + id + ".pdf"));
	}

	@Operation(summary = "Print the provincial summary",
			description = """
					The province's summary in the official administrative-document layout, as of `asOf` (default today): the \
					totals sentence, which counts exactly the titles the table shows in force on that day, every title with its \
					standing on that day, titles granted per year, OCOP products by stars, marks due within 12 months, and the \
					signature block: `signer` and `signerTitle`, or the configured ones; without a signer's name from either \
					the answer is 400 naming the missing field. `number` is the document's number. Sent as an attachment named \
					after the province and the day (`filename*` in UTF-8).""")
	@ApiResponse(responseCode = "200", description = "The summary as PDF.",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/reports/summary.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> summaryPdf(@RequestParam String province,
			@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String number,
			@RequestParam(required = false) String signer, @RequestParam(required = false) String signerTitle) {
		return summary(new ProvincialSummaries.Request(province, asOf, number, signer, signerTitle),
				this.summaries::pdf, MediaType.APPLICATION_PDF, "pdf");
	}

	@Operation(summary = "Export the provincial summary for Word", description = """
			The same summary as the PDF, as an editable Word document.""")
	@ApiResponse(responseCode = "200", description = "The summary as DOCX.",
			content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					schema = @Schema(type = "string", format = "binary")))
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

package vn.dost.registry.exchange.web;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.exchange.ImportRecord;
import vn.dost.registry.exchange.ImportReport;
import vn.dost.registry.exchange.Imports;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;

/**
 * {@code /api/v1/imports}: titles from a CSV or XLSX file (as a multipart {@code file}
 * part or as the body), the template workbook, and the record of past imports.
 */
@Tag(name = "Import and export", description = "Titles from CSV or XLSX files; the full backup and its restore.")
@RestController
class ImportController {

	static final String BASE = "/api/v1/imports";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Imports imports;

	private final CurrentActor actor;

	private final ReportBodies bodies;

	private final Uploads uploads;

	ImportController(Imports imports, CurrentActor actor, ReportBodies bodies, Uploads uploads) {
		this.imports = imports;
		this.actor = actor;
		this.bodies = bodies;
		this.uploads = uploads;
	}

	@ImportOperation
	@PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> importPart(@RequestPart("file") FilePart file,
			@RequestParam(defaultValue = "false") boolean dryRun, ServerWebExchange exchange) {
		return run(file.content(), file.filename(), dryRun, exchange);
	}

	@ImportOperation
	@PostMapping(path = BASE, consumes = { "text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> importBody(@RequestBody(required = false) Flux<DataBuffer> body,
			@RequestParam(required = false) String fileName, @RequestParam(defaultValue = "false") boolean dryRun,
			ServerWebExchange exchange) {
		return run(body, fileName == null ? "upload" : fileName, dryRun, exchange);
	}

	@Operation(summary = "List past imports", description = """
			The record of every import, newest first, paged: file, who, when, state, counts and failure.""")
	@GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PageResponse<ImportRecord>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.actor.get().flatMap(who -> this.imports.list(PageRequest.of(page, size), who));
	}

	@Operation(summary = "Download the import template", description = """
			An XLSX workbook with the import columns, drop-down lists for enumerations and a sheet explaining each \
			column.""")
	@ApiResponse(responseCode = "200", description = "The template (attachment).",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@GetMapping(path = BASE + "/template.xlsx", produces = XLSX)
	Mono<ResponseEntity<byte[]>> template() {
		return this.imports.template()
			.map(bytes -> ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("registry-import-template.xlsx").build().toString())
				.contentType(MediaType.parseMediaType(XLSX))
				.body(bytes));
	}

	private Mono<ResponseEntity<Map<String, Object>>> run(Flux<DataBuffer> content, String fileName, boolean dryRun,
			ServerWebExchange exchange) {
		return this.actor.get()
			.flatMap(who -> this.uploads.within(content == null ? Flux.empty() : content,
					path -> this.imports.importFile(path, fileName, dryRun, who)))
			.map(report -> respond(report, exchange));
	}

	private ResponseEntity<Map<String, Object>> respond(ImportReport report, ServerWebExchange exchange) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (report.id() != null) {
			body.put("id", report.id());
		}
		body.put("dryRun", report.dryRun());
		body.put("rows", report.rows());
		body.put("created", report.created());
		body.put("updated", report.updated());
		body.put("errorCount", report.errorCount());
		return this.bodies.respond(body, report.errors(), "import-rejected", exchange, report.errorCount());
	}

}

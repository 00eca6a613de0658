package vn.dost.registry.exchange.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.exchange.FullBackup;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.ProblemResponse;

/**
 * The full backup ({@code GET /api/v1/exports/full.jsonl}) and its restore
 * ({@code POST /api/v1/imports/full}).
 */
@Tag(name = "Import and export", description = "Titles from CSV or XLSX files; the full backup and its restore.")
@RestController
class BackupController {

	static final String JSONL = "application/jsonl";

	private final FullBackup backup;

	private final CurrentActor actor;

	private final ReportBodies bodies;

	private final Uploads uploads;

	BackupController(FullBackup backup, CurrentActor actor, ReportBodies bodies, Uploads uploads) {
		this.backup = backup;
		this.actor = actor;
		this.bodies = bodies;
		this.uploads = uploads;
	}

	@Operation(summary = "Download the full backup",
			description = """
					Every stored document, streamed as JSON lines: a header line, then `{"collection", "document"}` per document \
					in canonical Extended JSON (users without password hashes). ADMIN only.""")
	@ApiResponse(responseCode = "200", description = "The backup (attachment).",
			content = @Content(mediaType = JSONL, schema = @Schema(type = "string", format = "binary")))
	@GetMapping(path = "/api/v1/exports/full.jsonl", produces = { JSONL, MediaType.APPLICATION_NDJSON_VALUE })
	Mono<ResponseEntity<Flux<DataBuffer>>> export() {
		return this.actor.get().map(who -> {
			Flux<DataBuffer> lines = this.backup.export(who)
				.map(line -> DefaultDataBufferFactory.sharedInstance.wrap(line.getBytes(StandardCharsets.UTF_8)));
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("registry-backup-" + LocalDate.now() + ".jsonl")
							.build()
							.toString())
				.contentType(MediaType.parseMediaType(JSONL))
				.body(lines);
		});
	}

	@Operation(summary = "Restore a full backup", description = """
			Restores a backup into a registry with no holder, title, OCOP product or import (409 `restore-not-empty` \
			otherwise). An unreadable line rejects the whole file (400 `restore-rejected`, nothing written). ADMIN \
			only.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The backup file as written by the export.",
			content = @Content(mediaType = JSONL, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "200",
			description = "Restored: documents per collection, the accounts (with their passwords) and a note saying "
					+ "what a backup holds and who may take it.",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ReportSchemas.RestoreAnswer.class)))
	@ApiResponse(responseCode = "400",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ReportSchemas.RestoreRejection.class)))
	@ProblemResponse(status = 400, types = { "restore-rejected", "empty-file" })
	@ProblemResponse(status = 409, types = "restore-not-empty")
	@PostMapping(path = "/api/v1/imports/full", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> restore(@RequestBody(required = false) Flux<DataBuffer> body,
			ServerWebExchange exchange) {
		return this.actor.get()
			.flatMap(who -> this.uploads.within(body == null ? Flux.empty() : body,
					path -> this.backup.restore(path, who)))
			.map(report -> this.bodies.respond(
					report.errors().isEmpty() ? answer(report, exchange) : Map.of("restored", report.restored()),
					report.errors(), "restore-rejected", exchange));
	}

	/**
	 * What was restored, and in words what a backup holds and what happens to the users'
	 * passwords.
	 */
	private Map<String, Object> answer(FullBackup.RestoreReport report, ServerWebExchange exchange) {
		FullBackup.RestoredAccounts accounts = report.accounts();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("restored", report.restored());
		answer.put("accounts", accounts);
		answer.put("note", this.bodies.message(exchange, "restore.note", accounts.users(), accounts.withPassword(),
				accounts.users() - accounts.withPassword(), accounts.withCalendarToken()));
		return answer;
	}

}

package vn.dost.registry.exchange.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * The full backup ({@code GET /api/v1/exports/full.jsonl}) and its restore
 * ({@code POST /api/v1/imports/full}).
 */
@RestController
class BackupController {

	static final String JSONL = "application/jsonl";

	private final FullBackup backup;

	private final CurrentActor actor;

	private final ReportBodies bodies;

	BackupController(FullBackup backup, CurrentActor actor, ReportBodies bodies) {
		this.backup = backup;
		this.actor = actor;
		this.bodies = bodies;
	}

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

	@PostMapping(path = "/api/v1/imports/full", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> restore(@RequestBody Flux<DataBuffer> body, ServerWebExchange exchange) {
		return this.actor.get()
			.flatMap(who -> Uploads.within(body, path -> this.backup.restore(path, who)))
			.map(report -> this.bodies.respond(answer(report, exchange), report.errors(), "restore-rejected",
					exchange));
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

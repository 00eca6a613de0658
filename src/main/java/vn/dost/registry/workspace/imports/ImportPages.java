package vn.dost.registry.workspace.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.exchange.ImportReport;
import vn.dost.registry.exchange.Imports;
import vn.dost.registry.exchange.ReportedRows;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.Conflict;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/imports}: titles from a spreadsheet in two steps. The upload is checked (a
 * dry run: nothing written) and its report shown, each problem beside the row's cells; a
 * file without problems is kept on the server, and the officer's confirmation imports
 * that same file — checked again, written only if every row still passes. Past imports
 * are listed; one import writes at a time (another running is said in words).
 */
@Controller
class ImportPages {

	static final int PAGE_SIZE = 20;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Imports imports;

	private final KeptUploads uploads;

	private final ReportedRows rows;

	private final Problems problems;

	ImportPages(Imports imports, KeptUploads uploads, ReportedRows rows, Problems problems) {
		this.imports = imports;
		this.uploads = uploads;
		this.rows = rows;
		this.problems = problems;
	}

	@GetMapping(WorkspaceLinks.IMPORTS)
	Mono<Rendering> index(Actor actor, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String done) {
		return index(actor, page, done, FormErrors.none(), null, HttpStatus.OK);
	}

	@GetMapping(path = WorkspaceLinks.IMPORTS + "/template.xlsx")
	Mono<ResponseEntity<byte[]>> template(Actor actor) {
		requireImporter(actor);
		return this.imports.template()
			.map(bytes -> ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("mau-nhap-van-bang.xlsx").build().toString())
				.contentType(MediaType.parseMediaType(XLSX))
				.body(bytes));
	}

	/** Checks the uploaded file (nothing written) and shows the report. */
	@PostMapping(path = WorkspaceLinks.IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<Rendering> check(Actor actor, @RequestPart(name = "file", required = false) Part part,
			ServerWebExchange exchange) {
		requireImporter(actor);
		if (!(part instanceof FilePart file) || file.filename().isBlank()) {
			return index(actor, null, null,
					FormErrors.of(InvalidInput.of("file", "validation.import.noFile"), this.problems, locale(exchange)),
					null, HttpStatus.BAD_REQUEST);
		}
		String id = this.uploads.newId();
		return this.uploads.receive(file, id)
			.flatMap(path -> dryRun(path, file.filename(), actor)
				.flatMap(report -> reported(report, path).flatMap(table -> {
					KeptUpload upload = this.uploads.checked(id, path, file.filename(), actor.username(), report,
							table);
					return upload.file() == null ? this.uploads.delete(path).thenReturn(upload) : Mono.just(upload);
				}))
				.onErrorResume(failure -> this.uploads.delete(path).then(Mono.error(failure))))
			.map(upload -> {
				this.uploads.keep(upload);
				return Rendering.redirectTo(upload(id)).build();
			})
			.onErrorResume(InvalidInput.class, unreadable -> index(actor, null, null,
					FormErrors.of(unreadable, this.problems, locale(exchange)), null, HttpStatus.BAD_REQUEST));
	}

	/** The report of a checked file, and the button that imports it. */
	@GetMapping(WorkspaceLinks.IMPORTS + "/uploads/{id}")
	Mono<Rendering> report(Actor actor, @PathVariable String id, ServerWebExchange exchange) {
		requireImporter(actor);
		return this.uploads.find(id, actor.username())
			.map(upload -> Mono.just(report(upload, null, HttpStatus.OK, exchange)))
			.orElseGet(() -> gone(actor));
	}

	/**
	 * Imports the kept file: checked again and written only if every row still passes;
	 * then the file is forgotten.
	 */
	@PostMapping(WorkspaceLinks.IMPORTS + "/uploads/{id}")
	Mono<Rendering> confirm(Actor actor, @PathVariable String id, ServerWebExchange exchange) {
		requireImporter(actor);
		KeptUpload upload = this.uploads.take(id, actor.username()).orElse(null);
		if (upload == null) {
			return gone(actor);
		}
		if (!upload.confirmable()) {
			this.uploads.keep(upload);
			return Mono.just(report(upload, null, HttpStatus.CONFLICT, exchange));
		}
		return this.uploads.copy(upload.file())
			.flatMap(copy -> this.imports.importFile(copy, upload.fileName(), false, actor))
			.flatMap(report -> report.rejected() ? rejected(upload, report, exchange)
					: this.uploads.forget(upload)
						.thenReturn(Rendering.redirectTo(WorkspaceLinks.IMPORTS + "?done=" + report.id()).build()))
			.onErrorResume(Conflict.class, busy -> {
				this.uploads.keep(upload);
				return Mono
					.just(report(upload, this.problems.detail(busy, locale(exchange)), HttpStatus.CONFLICT, exchange));
			})
			.doOnError(failure -> this.uploads.keep(upload));
	}

	/** Forgets a kept file without importing it. */
	@PostMapping(WorkspaceLinks.IMPORTS + "/uploads/{id}/cancel")
	Mono<Rendering> cancel(Actor actor, @PathVariable String id) {
		requireImporter(actor);
		return this.uploads.take(id, actor.username())
			.map(this.uploads::forget)
			.orElse(Mono.empty())
			.thenReturn(Rendering.redirectTo(WorkspaceLinks.IMPORTS).build());
	}

	/**
	 * The registry changed between the check and the import, and a row no longer passes:
	 * nothing was written; the new problems are shown and the file is forgotten.
	 */
	private Mono<Rendering> rejected(KeptUpload upload, ImportReport report, ServerWebExchange exchange) {
		return reported(report, upload.file()).flatMap(table -> {
			KeptUpload now = upload.rejected(report, table);
			return this.uploads.delete(upload.file()).then(Mono.fromCallable(() -> {
				this.uploads.keep(now);
				return report(now, null, HttpStatus.BAD_REQUEST, exchange);
			}));
		});
	}

	private Mono<ImportReport> dryRun(Path kept, String fileName, Actor actor) {
		return this.uploads.copy(kept).flatMap(copy -> this.imports.importFile(copy, fileName, true, actor));
	}

	private Mono<ReportedRows.Table> reported(ImportReport report, Path file) {
		if (!report.rejected()) {
			return Mono.just(new ReportedRows.Table(java.util.List.of(), java.util.List.of(), Map.of()));
		}
		return this.rows.of(file, RowProblems.linesToRead(report));
	}

	private Rendering report(KeptUpload upload, String busy, HttpStatus status, ServerWebExchange exchange) {
		return Rendering.view("app/imports/report")
			.status(status)
			.modelAttribute("upload", upload)
			.modelAttribute("report", upload.report())
			.modelAttribute("rows", RowProblems.of(upload.report(), upload.rows(), this.problems, locale(exchange)))
			.modelAttribute("busy", busy)
			.modelAttribute("errors", FormErrors.none())
			.build();
	}

	private Mono<Rendering> index(Actor actor, Integer page, String done, FormErrors errors, String notice,
			HttpStatus status) {
		return this.imports.list(PageRequest.of(page, PAGE_SIZE), actor)
			.map(found -> Rendering.view("app/imports/index")
				.status(errors.any() ? errors.status() : status)
				.modelAttribute("records", found.items())
				.modelAttribute("pager",
						Pager.of(WorkspaceLinks.IMPORTS, Map.of(), found.page(), PAGE_SIZE, found.totalItems()))
				.modelAttribute("done", done == null ? null
						: found.items().stream().filter(record -> record.id().equals(done)).findFirst().orElse(null))
				.modelAttribute("errors", errors)
				.modelAttribute("notice", notice)
				.build());
	}

	/** The upload is no longer kept (imported, cancelled, or its time ran out). */
	private Mono<Rendering> gone(Actor actor) {
		return index(actor, null, null, FormErrors.none(), "gone", HttpStatus.NOT_FOUND);
	}

	private static String upload(String id) {
		return WorkspaceLinks.IMPORTS + "/uploads/" + id;
	}

	private static Locale locale(ServerWebExchange exchange) {
		return exchange.getLocaleContext().getLocale();
	}

	/** Only officers and administrators import titles. */
	private static void requireImporter(Actor actor) {
		if (!actor.isAdmin() && !actor.isOfficer()) {
			throw new NotAllowed("msg.importRole");
		}
	}

}

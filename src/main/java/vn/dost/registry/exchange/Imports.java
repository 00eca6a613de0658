package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.siegmar.fastcsv.reader.CsvParseException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditEvent;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.registry.RegistrationImports;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.StartupTask;
import vn.dost.registry.shared.VietnameseText;

/**
 * Imports titles from a CSV or XLSX file in two streaming passes: the first reads and
 * checks every row (nothing written), the second — only when no row has a problem —
 * writes them in batches. The file is never held in memory whole; what the first pass
 * keeps per row is its keys, to find two rows describing one title.
 */
@Service
public class Imports implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(Imports.class);

	/** Rows read, checked and written together. */
	static final int BATCH = 500;

	/** The most problems a report lists; {@code errorCount} counts them all. */
	static final int ERRORS_SHOWN = 1000;

	private final ReactiveMongoTemplate mongo;

	private final RegistrationImports titles;

	private final HolderService holders;

	private final Clock clock;

	/** One writing import at a time. */
	private final ImportLease lease;

	private final AuditLog audit;

	Imports(ReactiveMongoTemplate mongo, RegistrationImports titles, HolderService holders, Clock clock,
			AuditLog audit) {
		this.audit = audit;
		this.lease = new ImportLease(mongo, clock);
		this.mongo = mongo;
		this.titles = titles;
		this.holders = holders;
		this.clock = clock;
	}

	/**
	 * Imports left running by a stopped service are marked interrupted, and their lease
	 * dropped, before requests are taken.
	 */
	@Override
	public int order() {
		return 300;
	}

	@Override
	public Mono<Void> run() {
		Query running = Query
			.query(Criteria.where("state").in(ImportRecord.State.VALIDATING.name(), ImportRecord.State.WRITING.name()));
		return this.mongo
			.updateMulti(running, Update.update("state", ImportRecord.State.INTERRUPTED.name()), ImportRecord.class)
			.then(this.lease.drop());
	}

	/**
	 * Checks the file and, unless it is a dry run or a row has a problem, writes it.
	 * Officers import titles of their provinces, administrators any.
	 */
	public Mono<ImportReport> importFile(Path upload, String fileName, boolean dryRun, Actor actor) {
		if (!actor.isAdmin() && !actor.isOfficer()) {
			return Mono.error(new NotAllowed("msg.importRole"));
		}
		return Mono
			.usingWhen(Mono.fromCallable(() -> ImportFile.open(upload)).subscribeOn(Schedulers.boundedElastic()),
					file -> dryRun ? check(file, actor).map(tally -> tally.report(null, true))
							: recorded(file, fileName, actor).flatMap(report -> audited(report, fileName, actor)),
					file -> Mono.fromRunnable(file::delete).subscribeOn(Schedulers.boundedElastic()))
			.onErrorMap(Imports::unreadable, ex -> InvalidInput.of("file", "validation.import.unreadableFile"));
	}

	/**
	 * Whether a failure says the file is no table the import can read: a damaged or
	 * disguised workbook, a CSV its reader gives up on. Nothing is written by then: the
	 * whole file is read before anything is.
	 */
	private static boolean unreadable(Throwable failure) {
		return failure instanceof IOException || failure instanceof UncheckedIOException
				|| failure instanceof UnsupportedFileFormatException || failure instanceof POIXMLException
				|| failure instanceof InvalidOperationException || failure instanceof CsvParseException;
	}

	/** Puts an import that was meant to write on the audit trail, written or rejected. */
	private Mono<ImportReport> audited(ImportReport report, String fileName, Actor actor) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fileName", fileName);
		details.put("rows", report.rows());
		details.put("created", report.created());
		details.put("updated", report.updated());
		details.put("errorCount", report.errorCount());
		return this.audit.record(new AuditEvent(AuditAction.IMPORTED, actor.username(), report.id(), details))
			.thenReturn(report);
	}

	/** The template workbook, with the columns and drop-down lists of allowed values. */
	public Mono<byte[]> template() {
		return Mono.fromCallable(ImportTemplate::workbook).subscribeOn(Schedulers.boundedElastic());
	}

	/** Past imports, newest first. */
	public Mono<PageResponse<ImportRecord>> list(PageRequest page, Actor actor) {
		if (!actor.readsAll()) {
			return Mono.error(new NotAllowed("msg.importRole"));
		}
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "startedAt"))
			.skip(page.offset())
			.limit(page.size());
		return this.mongo.find(query, ImportRecord.class)
			.collectList()
			.zipWith(this.mongo.count(new Query(), ImportRecord.class))
			.map(found -> PageResponse.of(found.getT1(), page, found.getT2()));
	}

	/**
	 * A writing import: under the lease (409 while another import writes), recorded from
	 * start to end.
	 */
	private Mono<ImportReport> recorded(ImportFile file, String fileName, Actor actor) {
		String id = UUID.randomUUID().toString();
		return Mono.usingWhen(this.lease.take(id, actor.username()).thenReturn(id),
				leased -> recorded(leased, file, fileName, actor), this.lease::release);
	}

	private Mono<ImportReport> recorded(String id, ImportFile file, String fileName, Actor actor) {
		ImportRecord started = new ImportRecord(id, fileName, file.format(), actor.username(), this.clock.instant(),
				null, ImportRecord.State.VALIDATING, 0, 0, 0, 0, 0, null);
		return this.mongo.insert(started).flatMap(record -> check(file, actor).flatMap(tally -> {
			if (tally.rejected()) {
				return finish(record.id(), ImportRecord.State.REJECTED, tally, null)
					.thenReturn(tally.report(record.id(), false));
			}
			if (tally.created() == 0 && tally.updated() == 0) {
				// Every row matches its title unchanged (the same file again): there is
				// nothing to write.
				return finish(record.id(), ImportRecord.State.DONE, tally, null)
					.thenReturn(tally.report(record.id(), false));
			}
			return write(file, record.id(), tally.rows(), actor, fileName)
				.flatMap(written -> finish(record.id(), ImportRecord.State.DONE, written, null)
					.thenReturn(written.report(record.id(), false)))
				.onErrorResume(
						ex -> finish(record.id(), ImportRecord.State.FAILED, null, ex.toString()).then(Mono.error(ex)));
		}));
	}

	/** The first pass: every row read and checked, nothing written. */
	private Mono<ImportTally> check(ImportFile file, Actor actor) {
		return file.header().flatMap(header -> {
			ImportTally tally = new ImportTally();
			if (!header.errors().isEmpty()) {
				header.errors().forEach(tally::error);
				return Mono.just(tally);
			}
			RegistrationImports.Names names = this.titles.names();
			HolderCache holders = new HolderCache();
			return file.rows(header.columns())
				.buffer(BATCH)
				.concatMap(batch -> checkBatch(batch, names, holders, actor, tally))
				.onErrorResume(UnreadableLine.class, ex -> Mono.fromRunnable(() -> tally.error(ex.error())))
				.then(Mono.just(tally));
		});
	}

	private Mono<Void> checkBatch(List<ImportRow> batch, RegistrationImports.Names names, HolderCache holders,
			Actor actor, ImportTally tally) {
		return resolveHolders(batch, holders).flatMap(resolved -> {
			Map<Integer, List<ImportReport.RowError>> unreadable = new HashMap<>();
			for (ImportRow row : batch) {
				List<ImportReport.RowError> problems = new ArrayList<>(row.errors());
				problems.addAll(resolved.problems(row));
				if (!problems.isEmpty()) {
					unreadable.put(row.line(), problems);
				}
			}
			return this.titles.check(resolved.titles(batch), names, actor)
				.doOnNext(outcomes -> tally.add(outcomes, unreadable));
		}).then();
	}

	/**
	 * The second pass: missing holders created, titles written, progress recorded after
	 * each batch.
	 */
	private Mono<ImportTally> write(ImportFile file, String importId, int rows, Actor actor, String fileName) {
		ImportTally written = new ImportTally();
		RegistrationImports.Names names = this.titles.names();
		HolderCache holders = new HolderCache();
		return progress(importId, ImportRecord.State.WRITING, rows, 0, 0, 0).then(file.header())
			.flatMapMany(header -> file.rows(header.columns()))
			.buffer(BATCH)
			.concatMap(batch -> resolveHolders(batch, holders)
				.flatMap(resolved -> (resolved.missing().isEmpty() ? Mono.just(0)
						: this.holders.ensureAll(resolved.missing()))
					.then(this.titles.write(resolved.titles(batch), names, actor, fileName)))
				.flatMap(done -> {
					written.written(batch.size(), done.created(), done.updated());
					return progress(importId, ImportRecord.State.WRITING, rows, written.rows(), written.created(),
							written.updated());
				}))
			.then(Mono.just(written));
	}

	private Mono<Void> progress(String id, ImportRecord.State state, int rows, int written, int created, int updated) {
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("state", state.name())
					.set("rows", rows)
					.set("written", written)
					.set("created", created)
					.set("updated", updated),
				ImportRecord.class)
			.then(this.lease.renew(id));
	}

	private Mono<Void> finish(String id, ImportRecord.State state, ImportTally tally, String failure) {
		Update update = new Update().set("state", state.name()).set("finishedAt", this.clock.instant());
		if (tally != null) {
			update.set("rows", tally.rows())
				.set("created", tally.created())
				.set("updated", tally.updated())
				.set("errors", tally.errorCount());
		}
		if (failure != null) {
			update.set("failure", failure);
		}
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, ImportRecord.class).then();
	}

	/**
	 * The holders a batch names: found by folded name, or planned with an id derived from
	 * the name (so a repeated import finds the one it created) and checked like a holder
	 * sent to the API. Names already looked up in this pass are not asked for again.
	 */
	private Mono<ResolvedHolders> resolveHolders(List<ImportRow> batch, HolderCache cache) {
		Set<String> names = new HashSet<>();
		batch.forEach(row -> {
			String folded = row.holderName() == null ? null : VietnameseText.fold(row.holderName());
			if (folded != null && !cache.found().containsKey(folded) && !cache.absent().contains(folded)) {
				names.add(folded);
			}
		});
		Mono<Map<String, Holder>> lookup = names.isEmpty() ? Mono.just(Map.of()) : this.holders.byFoldedNames(names);
		return lookup.map(found -> {
			cache.found().putAll(found);
			names.stream().filter(name -> !found.containsKey(name)).forEach(cache.absent()::add);
			return new ResolvedHolders(cache.found(), batch);
		});
	}

	/**
	 * The holders one pass has looked up: found by folded name, or known not to exist
	 * (yet).
	 */
	private record HolderCache(Map<String, Holder> found, Set<String> absent) {

		HolderCache() {
			this(new HashMap<>(), new HashSet<>());
		}

	}

	/**
	 * A batch's holders: existing ones by folded name, and the ones the batch will
	 * create.
	 */
	private final class ResolvedHolders {

		private final Map<String, Holder> existing;

		private final Map<String, HolderService.Draft> missing = new LinkedHashMap<>();

		private final Map<String, List<ImportReport.RowError>> problems = new HashMap<>();

		ResolvedHolders(Map<String, Holder> existing, Collection<ImportRow> rows) {
			this.existing = existing;
			for (ImportRow row : rows) {
				String folded = row.holderName() == null ? null : VietnameseText.fold(row.holderName());
				if (folded == null || existing.containsKey(folded) || this.missing.containsKey(id(folded))) {
					continue;
				}
				HolderService.Draft draft = new HolderService.Draft(row.holderName(), row.holderKind(), null, null,
						null, null, null, null);
				try {
					Imports.this.holders.requireValid(draft);
					this.missing.put(id(folded), draft);
				}
				catch (InvalidInput invalid) {
					this.problems.put(folded, invalid.violations().stream().map(v -> holderProblem(row, v)).toList());
				}
			}
		}

		Map<String, HolderService.Draft> missing() {
			return this.missing;
		}

		List<ImportReport.RowError> problems(ImportRow row) {
			if (row.holderName() == null) {
				return List.of();
			}
			return this.problems.getOrDefault(VietnameseText.fold(row.holderName()), List.of())
				.stream()
				.map(error -> new ImportReport.RowError(row.line(), error.field(), error.messageKey(),
						error.arguments()))
				.toList();
		}

		List<RegistrationImports.Row> titles(List<ImportRow> rows) {
			return rows.stream().map(row -> {
				String folded = row.holderName() == null ? null : VietnameseText.fold(row.holderName());
				Holder holder = folded == null ? null : this.existing.get(folded);
				String holderId = folded == null ? null : holder != null ? holder.id() : id(folded);
				String holderName = holder != null ? holder.name() : row.holderName();
				return new RegistrationImports.Row(row.line(), row.draft(holderId), holderName);
			}).toList();
		}

		private static String id(String folded) {
			return StableIds.of("import-holder:" + folded);
		}

		/**
		 * A problem of the holder a row would create, on the row's holder column; a
		 * missing kind says that the name did not tell it either.
		 */
		private static ImportReport.RowError holderProblem(ImportRow row, FieldViolation violation) {
			if (violation.field().equals("kind") && violation.messageKey().equals("validation.required")) {
				return new ImportReport.RowError(row.line(), "holderKind", "validation.import.holderKind",
						row.holderName());
			}
			String field = violation.field();
			String column = "holder"
					+ (field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1));
			return new ImportReport.RowError(row.line(), column, violation.messageKey(), violation.arguments());
		}

	}

	/**
	 * An uploaded file ready to be read as a CSV table: a workbook is turned into one
	 * first. {@code problems} are those of the file as a whole or of lines no row can be
	 * read from (not UTF-8, too long, a workbook that cannot be read); with any, its rows
	 * are not read.
	 */
	record ImportFile(Path upload, Path csv, String format, List<ImportReport.RowError> problems) {

		static ImportFile open(Path upload) throws IOException {
			if (!XlsxTable.isWorkbook(upload)) {
				return new ImportFile(upload, upload, "CSV", TextLines.problems(upload, ERRORS_SHOWN));
			}
			Path csv = Files.createTempFile(upload.toAbsolutePath().getParent(), "import-", ".csv");
			try {
				XlsxTable.toCsv(upload, csv);
				return new ImportFile(upload, csv, "XLSX", List.of());
			}
			catch (IOException | RuntimeException ex) {
				// damaged, disguised or hostile (DOCTYPE, entity expansion, zip bomb):
				// the
				// file's problem, not the service's
				log.info("An uploaded workbook could not be read: {}", ex.toString());
				Files.deleteIfExists(csv);
				throw InvalidInput.of("file", "validation.import.unreadableFile");
			}
		}

		Mono<ImportColumns.Header> header() {
			if (!this.problems.isEmpty()) {
				return Mono.just(new ImportColumns.Header(List.of(), this.problems));
			}
			return Mono.fromCallable(() -> {
				try (CsvTable table = CsvTable.open(Files.newInputStream(this.csv))) {
					return ImportColumns.resolve(table.header());
				}
				catch (UnreadableLine ex) {
					return new ImportColumns.Header(List.of(), List.of(ex.error()));
				}
			}).subscribeOn(Schedulers.boundedElastic());
		}

		/** The rows, read on a worker thread as they are asked for. */
		Flux<ImportRow> rows(List<String> columns) {
			return Flux.using(() -> CsvTable.open(Files.newInputStream(this.csv)),
					table -> Flux.fromIterable(() -> table.rows(columns)).map(ImportRow::of), table -> {
						try {
							table.close();
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					})
				.subscribeOn(Schedulers.boundedElastic());
		}

		void delete() {
			try {
				Files.deleteIfExists(this.csv);
			}
			catch (IOException ex) {
				log.warn("Could not delete the import's temporary file", ex);
			}
		}

	}

}

package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditEntry;
import vn.dost.registry.audit.AuditEvent;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.holders.Holder;
import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationImports;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.security.UserAccount;
import vn.dost.registry.shared.Conflict;
import vn.dost.registry.shared.IdOrderedReads;
import vn.dost.registry.shared.NotAllowed;

/**
 * The full backup: every stored document — holders, titles with their authorised users
 * and history, deleted filings, OCOP products, users with their BCrypt password hashes
 * and the SHA-256 of their calendar tokens (never a password or a token), import records,
 * the audit trail — one JSON line each in MongoDB Extended JSON (canonical, so every type
 * comes back as it was), streamed; and its restore into an empty registry, after which
 * the users sign in with their old passwords. Only administrators may take or restore
 * one.
 */
@Service
public class FullBackup {

	static final String FORMAT = "ip-registry-backup";

	/**
	 * 2: users carry their password and calendar token hashes, and the audit trail is
	 * included; version 1 backups (without them) restore too.
	 */
	static final int VERSION = 2;

	private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

	/**
	 * Documents read from the database at once for a backup, and written at once when
	 * restoring.
	 */
	private static final int BATCH = 500;

	/** A user's hashed credentials: in the backup, and kept by a user already present. */
	private static final String PASSWORD = "passwordHash";

	private static final String CALENDAR_TOKEN = "calendarTokenHash";

	private static final List<String> SECRETS = List.of(PASSWORD, CALENDAR_TOKEN);

	private final ReactiveMongoTemplate mongo;

	private final RegistrationImports titles;

	/** Every collection in the backup, in the order written. */
	private final List<String> collections;

	private final String users;

	private final String meta;

	private final AuditLog audit;

	FullBackup(ReactiveMongoTemplate mongo, RegistrationImports titles, AuditLog audit) {
		this.mongo = mongo;
		this.titles = titles;
		this.audit = audit;
		this.users = mongo.getCollectionName(UserAccount.class);
		this.meta = mongo.getCollectionName(SeedData.Marker.class);
		this.collections = List.of(mongo.getCollectionName(Holder.class), mongo.getCollectionName(Registration.class),
				RegistrationService.DELETIONS, mongo.getCollectionName(OcopProduct.class), this.users,
				mongo.getCollectionName(ImportRecord.class), this.meta, AuditEntry.COLLECTION);
	}

	/**
	 * The backup, one line per document after a first line naming the format; the
	 * download is on the audit trail before its first line is sent.
	 */
	public Flux<String> export(Actor actor) {
		if (!actor.isAdmin()) {
			return Flux.error(new NotAllowed("msg.adminOnly"));
		}
		Document header = new Document("format", FORMAT).append("version", VERSION);
		Mono<Void> recorded = this.audit.record(AuditEvent.of(AuditAction.BACKUP_DOWNLOADED, actor.username(), null));
		return recorded.thenMany(Flux.concat(Flux.just(header.toJson(JSON) + "\n"), Flux.fromIterable(this.collections)
			.concatMap(name -> documents(name).map(document -> line(name, document)))));
	}

	/**
	 * Every document of the collection: those with a text id (all but the audit trail's)
	 * in batches in order of id, then the others in one read. One read of a whole
	 * collection makes the embedded database build the whole answer in memory first: a
	 * backup of 100,000 titles ran out of memory in a 1 GiB heap. The second read passes
	 * over the whole collection again (no index answers "not text"), holding only the few
	 * it finds: a backup reads each collection twice, the price of never leaving out a
	 * document whatever its id.
	 */
	private Flux<Document> documents(String collection) {
		Document notText = new Document("_id", new Document("$not", new Document("$type", "string")));
		return Flux.concat(IdOrderedReads.all(this.mongo, new Query(), collection, BATCH),
				this.mongo.getCollection(collection).flatMapMany(stored -> stored.find(notText).batchSize(BATCH)));
	}

	private static String line(String collection, Document document) {
		return new Document("collection", collection).append("document", document).toJson(JSON) + "\n";
	}

	/**
	 * Restores a backup into a registry with no holder, title, OCOP product or import
	 * yet: every line is read and checked before anything is written. Users come back
	 * with the password and calendar token hashes the backup holds; a user already
	 * present (the administrator restoring) keeps its own. Users of a backup made before
	 * hashes were included come back without a password, to be set by an administrator.
	 * The restore is on the audit trail before the answer.
	 */
	public Mono<RestoreReport> restore(Path file, Actor actor) {
		if (!actor.isAdmin()) {
			return Mono.error(new NotAllowed("msg.adminOnly"));
		}
		return Mono.fromCallable(() -> scan(file)).subscribeOn(Schedulers.boundedElastic()).flatMap(scanned -> {
			if (!scanned.errors().isEmpty()) {
				return Mono.just(scanned);
			}
			AuditEvent restored = new AuditEvent(AuditAction.RESTORED, actor.username(), null,
					Map.of("restored", scanned.restored(), "accounts", scanned.accounts().asMap()));
			return requireEmpty().then(write(file))
				.then(this.titles.reindex())
				.then(this.audit.record(restored))
				.thenReturn(scanned);
		});
	}

	/**
	 * What a restore read: documents per collection and the users' credentials, or the
	 * lines it could not use.
	 */
	public record RestoreReport(Map<String, Long> restored, RestoredAccounts accounts,
			List<ImportReport.RowError> errors) {
	}

	/**
	 * The users of a backup: how many, how many with a password hash (they sign in with
	 * their old password) and with a calendar token.
	 */
	public record RestoredAccounts(long users, long withPassword, long withCalendarToken) {

		Map<String, Object> asMap() {
			return Map.of("users", this.users, "withPassword", this.withPassword, "withCalendarToken",
					this.withCalendarToken);
		}

	}

	private RestoreReport scan(Path file) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.collections.forEach(name -> counts.put(name, 0L));
		Map<String, Set<Object>> ids = new HashMap<>();
		long[] credentials = new long[2];
		List<ImportReport.RowError> errors = new ArrayList<>();
		try (TextLines lines = TextLines.open(file)) {
			int read = 0;
			for (TextLines.Line line = lines.next(); line != null
					&& errors.size() < Imports.ERRORS_SHOWN; line = lines.next()) {
				read = line.number();
				if (line.text() != null && line.text().isBlank()) {
					continue;
				}
				String problem = line.problem() != null ? line.problem()
						: problem(line.number(), line.text(), counts, ids, credentials);
				if (problem != null) {
					errors.add(new ImportReport.RowError(line.number(), line.number() == 1 ? "format" : "document",
							problem));
				}
			}
			if (read == 0) {
				errors.add(new ImportReport.RowError(1, "format", "validation.restore.format"));
			}
		}
		return new RestoreReport(counts, new RestoredAccounts(counts.get(this.users), credentials[0], credentials[1]),
				errors);
	}

	/**
	 * What is wrong with a line, or null: the header must name the format; every other
	 * line must hold a document of a known collection with an {@code _id} no other line
	 * of the collection has, and field names MongoDB stores. Counts its document, and for
	 * a user its password and calendar token hashes into {@code credentials}.
	 */
	private String problem(int line, String text, Map<String, Long> counts, Map<String, Set<Object>> ids,
			long[] credentials) {
		Document parsed = BackupLine.parse(text);
		if (parsed == null) {
			return BackupLine.problem(text);
		}
		if (line == 1) {
			return FORMAT.equals(parsed.get("format")) ? null : "validation.restore.format";
		}
		Object document = parsed.get("document");
		Object collection = parsed.get("collection");
		if (!(collection instanceof String name) || !counts.containsKey(name) || !(document instanceof Document doc)
				|| !BackupLine.identifier(doc.get("_id"))) {
			return "validation.restore.line";
		}
		if (!BackupLine.storable(doc)) {
			return "validation.restore.fieldName";
		}
		if (!ids.computeIfAbsent(name, key -> new HashSet<>()).add(doc.get("_id"))) {
			return "validation.restore.duplicateId";
		}
		counts.merge(name, 1L, Long::sum);
		if (name.equals(this.users)) {
			credentials[0] += doc.get(PASSWORD) instanceof String ? 1 : 0;
			credentials[1] += doc.get(CALENDAR_TOKEN) instanceof String ? 1 : 0;
		}
		return null;
	}

	private Mono<Void> requireEmpty() {
		return Flux.fromIterable(this.collections)
			.filter(name -> !name.equals(this.users) && !name.equals(this.meta) && !name.equals(AuditEntry.COLLECTION))
			.concatMap(name -> this.mongo.getCollection(name).flatMap(c -> Mono.from(c.countDocuments())))
			.reduce(0L, Long::sum)
			.flatMap(stored -> stored > 0 ? Mono.error(new Conflict("restore-not-empty")) : Mono.empty());
	}

	/** Writes the lines the scan passed, 500 documents at a time. */
	private Mono<Void> write(Path file) {
		return Flux.using(() -> TextLines.open(file), lines -> Flux.<String>generate(sink -> {
			try {
				TextLines.Line line = lines.next();
				if (line == null) {
					sink.complete();
				}
				else {
					sink.next(line.text());
				}
			}
			catch (IOException ex) {
				sink.error(ex);
			}
		}), lines -> {
			try {
				lines.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		})
			.subscribeOn(Schedulers.boundedElastic())
			.skip(1)
			.filter(text -> !text.isBlank())
			.map(BackupLine::parse)
			.buffer(BATCH)
			.concatMap(batch -> {
				Map<String, List<Document>> byCollection = new LinkedHashMap<>();
				batch.forEach(line -> byCollection.computeIfAbsent(line.getString("collection"), k -> new ArrayList<>())
					.add(line.get("document", Document.class)));
				return Flux.fromIterable(byCollection.entrySet())
					.concatMap(entry -> insert(entry.getKey(), entry.getValue()));
			})
			.then();
	}

	private Mono<Void> insert(String name, List<Document> documents) {
		if (this.titles.collections().contains(name)) {
			return this.titles.restore(name, documents);
		}
		return this.mongo.getCollection(name).flatMap(collection -> {
			if (name.equals(this.users) || name.equals(this.meta)) {
				return Flux.fromIterable(documents)
					.concatMap(document -> Mono.from(collection.find(Filters.eq("_id", document.get("_id"))).first())
						.map(existing -> keepSecrets(existing, document))
						.defaultIfEmpty(document)
						.flatMap(merged -> Mono.from(collection.replaceOne(Filters.eq("_id", merged.get("_id")), merged,
								new ReplaceOptions().upsert(true)))))
					.then();
			}
			if (name.equals(AuditEntry.COLLECTION)) {
				return insertMissing(collection, documents);
			}
			return Mono.from(collection.insertMany(documents)).then();
		});
	}

	/**
	 * Audit entries the registry has already (restoring a backup of itself) are left as
	 * they are: an entry is never rewritten.
	 */
	private static Mono<Void> insertMissing(MongoCollection<Document> collection, List<Document> documents) {
		List<Object> ids = documents.stream().map(document -> document.get("_id")).toList();
		return Flux.from(collection.find(Filters.in("_id", ids)).projection(new Document("_id", 1)))
			.map(found -> found.get("_id"))
			.collect(Collectors.toSet())
			.flatMap(present -> {
				List<Document> missing = documents.stream()
					.filter(document -> !present.contains(document.get("_id")))
					.toList();
				return missing.isEmpty() ? Mono.empty() : Mono.from(collection.insertMany(missing)).then();
			});
	}

	private static Document keepSecrets(Document existing, Document restored) {
		SECRETS.forEach(secret -> {
			if (existing.get(secret) != null) {
				restored.put(secret, existing.get(secret));
			}
		});
		return restored;
	}

}

package vn.dost.registry.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.IdOrderedReads;
import vn.dost.registry.shared.StartupTask;

/**
 * Brings the derived fields of stored registrations to the current rules before the
 * service takes requests (and before the search index is built from them): records
 * written by an earlier version, or restored from its backup, read as new ones do. Runs
 * once per version of the rules ({@link #RULES}); each record is changed in place, its
 * version and history untouched (nothing about the registration changed, only what is
 * derived from it), and what changed is recorded in {@code registry_meta}.
 */
@Component
class DerivedFieldsMigration implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DerivedFieldsMigration.class);

	/**
	 * The version of the rules for derived fields. Raise it with every change to a rule
	 * or to the stored fields, and say what changed: 1 — {@code endedOn} stored; 2 — no
	 * expiry (nor grace end) for refused, withdrawn and invalidated marks; 3 —
	 * {@code searchText} and {@code incomplete} no longer stored (nothing read them: the
	 * search index has its own); 4 — {@code endedBy} stored (what the decision that ended
	 * a title made of it, for the summary's standing on a past day).
	 */
	static final int RULES = 4;

	static final String MARKER = "registrations-derived-fields";

	static final String META = "registry_meta";

	/** The derived fields brought to the current rules. */
	static final List<String> DERIVED = List.of("expiryDate", "graceEnds", "endedOn", "endedBy", "provinceKeys",
			"nameSortKey", "dataIssues");

	/** Fields earlier versions stored that nothing reads any more: removed. */
	static final List<String> DROPPED = List.of("searchText", "incomplete");

	/** Titles read per query. */
	private static final int BATCH = 500;

	/** How many changed registrations the record names by id. */
	private static final int NAMED = 1_000;

	private final ReactiveMongoTemplate mongo;

	private final RegistrationWriter writer;

	private final Clock clock;

	private final String collection;

	DerivedFieldsMigration(ReactiveMongoTemplate mongo, RegistrationWriter writer, Clock clock) {
		this.mongo = mongo;
		this.writer = writer;
		this.clock = clock;
		this.collection = mongo.getCollectionName(Registration.class);
	}

	/**
	 * What a run changed: how many records it read, how many records each field changed
	 * in, and the first {@value #NAMED} changed records' ids.
	 */
	record Migrated(String id, int rules, Instant at, long examined, Map<String, Long> changed, List<String> titles) {
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Mono<Void> run() {
		return this.mongo.findById(MARKER, Document.class, META)
			.filter(done -> done.get("rules", Number.class) != null
					&& done.get("rules", Number.class).intValue() >= RULES)
			.hasElement()
			.flatMap(done -> done ? Mono.empty() : migrate(true))
			.then();
	}

	/**
	 * Brings every stored registration to the current rules and records what changed;
	 * when nothing did, records the run only if {@code always} (after a restore, the
	 * backup's own record stays as it was).
	 */
	Mono<Migrated> migrate(boolean always) {
		MongoConverter converter = this.mongo.getConverter();
		CodecRegistry codecs = converter.getCodecRegistry();
		Map<String, Long> changed = new LinkedHashMap<>();
		List<String> titles = new ArrayList<>();
		// in batches by id: one query over every title with its history would be held
		// whole by the embedded database
		return IdOrderedReads.all(this.mongo, new Query(), this.collection, BATCH).concatMap(stored -> {
			Update update = update(stored, converter, codecs);
			if (update == null) {
				return Mono.just(false);
			}
			return this.writer.rewrite(stored.get("_id"), stored.get("version"), update).doOnNext(done -> {
				// not done: written meanwhile, by the current rules
				if (done) {
					update.getUpdateObject()
						.values()
						.forEach(fields -> ((Document) fields).keySet()
							.forEach(field -> changed.merge(field, 1L, Long::sum)));
					if (titles.size() < NAMED) {
						titles.add(String.valueOf(stored.get("_id")));
					}
				}
			});
		})
			.count()
			.map(examined -> new Migrated(MARKER, RULES, this.clock.instant(), examined, changed, titles))
			.flatMap(migrated -> always || !changed.isEmpty() ? this.mongo.save(migrated, META) : Mono.just(migrated))
			.doOnNext(migrated -> log.info("Derived fields of {} stored registrations brought to rules {}: changed {}",
					migrated.examined(), RULES, migrated.changed()));
	}

	/**
	 * The update bringing the stored record's derived fields to what the current rules
	 * give; null when they already do.
	 */
	private static Update update(Document stored, MongoConverter converter, CodecRegistry codecs) {
		Registration registration = converter.read(Registration.class, stored);
		registration.refresh();
		Document expected = new Document();
		converter.write(registration, expected);
		BsonDocument now = stored.toBsonDocument(Document.class, codecs);
		BsonDocument next = expected.toBsonDocument(Document.class, codecs);
		Update update = new Update();
		boolean any = false;
		for (String field : DERIVED) {
			if (Objects.equals(now.get(field), next.get(field))) {
				continue;
			}
			any = true;
			if (expected.get(field) == null) {
				update.unset(field);
			}
			else {
				update.set(field, expected.get(field));
			}
		}
		for (String field : DROPPED) {
			if (stored.containsKey(field)) {
				any = true;
				update.unset(field);
			}
		}
		return any ? update : null;
	}

}

package vn.dost.registry.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.index.AuthorisedUserIndex;
import vn.dost.registry.registry.index.RegistrationIndex;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.Records;
import vn.dost.registry.shared.TimeConfiguration;
import vn.dost.registry.shared.VietnameseText;
import vn.dost.registry.shared.Violations;

/**
 * Titles arriving in bulk from a spreadsheet: each row is matched to the stored title it
 * describes (type and application number, else type and registration number, else type,
 * name and province), checked by the same rules as an officer's edit, then created or
 * updated, each change with an {@code IMPORTED} history entry. An empty cell never erases
 * a stored fact.
 */
@Service
public class RegistrationImports {

	/** What a row never changes: the type and the status are the stored title's. */
	private static final Set<String> KEPT = Set.of("type", "status");

	/** How many stored titles are saved at once when a batch updates them. */
	private static final int SAVE_CONCURRENCY = 8;

	private final ReactiveMongoTemplate mongo;

	private final RegistrationDrafts drafts;

	private final RegistrationWriter writer;

	private final RegistrationIndex index;

	private final AuthorisedUserIndex users;

	private final Provinces provinces;

	private final Clock clock;

	private final DerivedFieldsMigration migration;

	RegistrationImports(ReactiveMongoTemplate mongo, RegistrationDrafts drafts, RegistrationWriter writer,
			RegistrationIndex index, AuthorisedUserIndex users, Provinces provinces, Clock clock,
			DerivedFieldsMigration migration) {
		this.mongo = mongo;
		this.drafts = drafts;
		this.writer = writer;
		this.index = index;
		this.users = users;
		this.provinces = provinces;
		this.clock = clock;
		this.migration = migration;
	}

	/**
	 * One row of a file: its line, the title as the row gives it (the holder by id,
	 * already resolved) and the holder's name.
	 */
	public record Row(int line, RegistrationDraft draft, String holderName) {
	}

	/**
	 * What importing a row would do: its violations, or the stored title it updates
	 * (null: it creates one) and whether anything would change. {@code claims} are the
	 * keys no other row of the same file may use.
	 */
	public record Outcome(int line, List<FieldViolation> violations, List<String> claims, String matchedId,
			boolean changes) {

		public boolean creates() {
			return this.violations.isEmpty() && this.matchedId == null;
		}

		public boolean updates() {
			return this.violations.isEmpty() && this.matchedId != null && this.changes;
		}

	}

	/** How many titles a batch created and updated. */
	public record Written(int created, int updated) {
	}

	/** Checks a batch of rows against the stored titles; writes nothing. */
	public Mono<List<Outcome>> check(List<Row> rows, Names names, Actor actor) {
		return plan(rows, names, actor).map(plans -> plans.stream().map(Plan::outcome).toList());
	}

	/**
	 * Writes a batch checked before: new titles in one insert, changed ones saved each
	 * under its version. A row that no longer passes (the data changed since the check)
	 * fails the batch before anything is written.
	 */
	public Mono<Written> write(List<Row> rows, Names names, Actor actor, String note) {
		return plan(rows, names, actor).flatMap(plans -> {
			List<FieldViolation> violations = plans.stream().flatMap(plan -> plan.violations().stream()).toList();
			if (!violations.isEmpty()) {
				return Mono.error(new InvalidInput(violations));
			}
			Instant now = this.clock.instant();
			List<Registration> created = new ArrayList<>();
			List<Registration> changed = new ArrayList<>();
			for (Plan plan : plans) {
				if (plan.existing() == null) {
					created.add(Registration.enter(null, plan.facts(), plan.status(), actor.username(), now,
							HistoryAction.IMPORTED, note));
				}
				else if (plan.changes()) {
					plan.existing().correct(plan.facts(), actor.username(), HistoryAction.IMPORTED, note, now);
					changed.add(plan.existing());
				}
			}
			Mono<Integer> inserted = this.writer.insertAll(created);
			Mono<Long> saved = Flux.fromIterable(changed).flatMap(this.writer::save, SAVE_CONCURRENCY).count();
			return inserted.zipWith(saved, (c, u) -> new Written(c, u.intValue()));
		});
	}

	/**
	 * Writes a backup's documents of a collection of titles ({@link #collections()}) as
	 * they are: a restore into an empty registry, which then calls {@link #reindex()}.
	 */
	public Mono<Void> restore(String collection, List<org.bson.Document> documents) {
		return this.writer.restore(collection, documents);
	}

	/** The collections a backup of titles holds: the titles and the deleted filings. */
	public List<String> collections() {
		return this.writer.collections();
	}

	/**
	 * After a restore: brings the restored records' derived fields to the current rules
	 * (a backup may come from an earlier version), then rebuilds the search indexes
	 * (titles, authorised users) from the database; answers how many titles it holds.
	 */
	public Mono<Long> reindex() {
		return this.migration.migrate(false)
			.then(this.index.rebuild())
			.map(RegistrationIndex.Rebuilt::titles)
			.delayUntil(titles -> this.users.rebuild());
	}

	/**
	 * A row's lookup keys: the unique keys of its numbers and its type, name and
	 * province.
	 */
	private record Keys(String application, String registration, String name) {
	}

	private record Plan(Row row, List<FieldViolation> violations, List<String> claims, Registration existing,
			RegistrationFacts facts, RegistrationStatus status, boolean changes) {

		Outcome outcome() {
			return new Outcome(this.row.line(), this.violations, this.claims,
					this.existing == null ? null : this.existing.getId(), this.changes);
		}

	}

	/**
	 * The stored titles the rows may describe, found in one query, indexed by each kind
	 * of key.
	 */
	private record Stored(Map<String, Registration> byApplication, Map<String, Registration> byRegistration,
			Map<String, List<Registration>> byName) {
	}

	/**
	 * The titles stored under the given type, name and province keys, by key: a file's
	 * titles without a matching number are looked up here. Built by one read of every
	 * title's keys, once per import pass (the embedded database has no secondary indexes,
	 * so a query by name per batch would read every title again).
	 */
	public final class Names {

		private Mono<Map<String, List<String>>> byName;

		private Names() {
			Query query = new Query();
			query.fields().include("_id").include("facts.type").include("facts.name").include("facts.province");
			this.byName = RegistrationImports.this.mongo.find(query, org.bson.Document.class, "registrations")
				.collect(HashMap<String, List<String>>::new, (map, title) -> {
					org.bson.Document f = title.get("facts", org.bson.Document.class);
					map.computeIfAbsent(nameKey(RegistrationType.valueOf(f.getString("type")), f.getString("name"),
							f.getString("province")), key -> new ArrayList<>(1))
						.add(title.getString("_id"));
				})
				.map(map -> (Map<String, List<String>>) map)
				.cache();
		}

		Mono<List<String>> ids(Collection<String> keys) {
			return this.byName.map(
					map -> keys.stream().flatMap(key -> map.getOrDefault(key, List.of()).stream()).distinct().toList());
		}

	}

	/** A lookup of stored titles by name for one pass over a file. */
	public Names names() {
		return new Names();
	}

	private Mono<List<Plan>> plan(List<Row> rows, Names names, Actor actor) {
		List<Keys> keys = rows.stream().map(row -> keys(row.draft())).toList();
		// One query per unique index, each answered from its index; then the titles a
		// name may match, by id.
		Flux<Registration> byNumbers = Flux.concat(
				findIn("applicationKey", keys.stream().map(Keys::application).filter(Objects::nonNull).toList()),
				findIn("registrationKey", keys.stream().map(Keys::registration).filter(Objects::nonNull).toList()));
		Mono<List<Registration>> byName = names
			.ids(keys.stream().map(Keys::name).filter(Objects::nonNull).collect(Collectors.toSet()))
			.flatMap(ids -> findIn("_id", ids).collectList());
		LocalDate today = TimeConfiguration.today(this.clock);
		return byNumbers.collectList().zipWith(byName).map(found -> {
			Map<String, Registration> distinct = new LinkedHashMap<>();
			found.getT1().forEach(title -> distinct.putIfAbsent(title.getId(), title));
			found.getT2().forEach(title -> distinct.putIfAbsent(title.getId(), title));
			Stored stored = index(List.copyOf(distinct.values()));
			List<Plan> plans = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				plans.add(plan(rows.get(i), keys.get(i), stored, actor, today));
			}
			return plans;
		});
	}

	private Flux<Registration> findIn(String field, List<String> values) {
		return StoredLookups.findIn(this.mongo, field, values);
	}

	private static Stored index(List<Registration> found) {
		Map<String, Registration> byApplication = new HashMap<>();
		Map<String, Registration> byRegistration = new HashMap<>();
		Map<String, List<Registration>> byName = new HashMap<>();
		for (Registration title : found) {
			if (title.getApplicationKey() != null) {
				byApplication.put(title.getApplicationKey(), title);
			}
			if (title.getRegistrationKey() != null) {
				byRegistration.put(title.getRegistrationKey(), title);
			}
			RegistrationFacts f = title.getFacts();
			byName.computeIfAbsent(nameKey(f.type(), f.name(), f.province()), key -> new ArrayList<>()).add(title);
		}
		return new Stored(byApplication, byRegistration, byName);
	}

	private Plan plan(Row row, Keys keys, Stored stored, Actor actor, LocalDate today) {
		RegistrationDraft given = row.draft();
		Violations violations = new Violations();
		Registration existing = match(keys, stored, violations);
		RegistrationStatus status = existing == null ? newStatus(given) : existing.getStoredStatus();
		violations.when(status == null, "status", "validation.import.statusRequired");
		if (existing != null && given.status() != null && !sameStatus(given.status(), existing, today)) {
			violations.add("status", "validation.import.statusDiffers", existing.statusOn(today));
		}
		RegistrationDraft draft = existing == null ? given
				: merged(RegistrationDraft.of(existing.getFacts(), status), given);
		String holderName = given.holderId() == null && existing != null ? existing.getFacts().holderName()
				: row.holderName();
		List<FieldViolation> found = new ArrayList<>();
		RegistrationFacts facts = null;
		try {
			facts = this.drafts.checkFields(draft, status, existing == null && status == RegistrationStatus.FILED,
					holderName);
		}
		catch (InvalidInput invalid) {
			found.addAll(invalid.violations());
		}
		if (facts != null) {
			violations.when(!actor.mayWriteIn(facts.currentProvinces()), "province",
					"validation.import.outsideProvinces");
			Registration other = stored.byRegistration()
				.get(Registration.numberKey(facts.type(), facts.registrationNumber()));
			violations.when(other != null && other != existing, "registrationNumber", "validation.import.numberTaken");
		}
		violations.when(existing != null && !actor.mayWriteIn(existing.getFacts().currentProvinces()), "province",
				"validation.import.outsideProvinces");
		found.addAll(violations.list());
		boolean changes = existing != null && facts != null && !existing.getFacts().changesTo(facts).isEmpty();
		return new Plan(row, List.copyOf(found), claims(keys, existing), existing, facts, status, changes);
	}

	/**
	 * The status of a new title: as the row gives it, or GRANTED when the row has a
	 * registration number and no status (only a granted title has a number).
	 */
	private static RegistrationStatus newStatus(RegistrationDraft given) {
		if (given.status() != null || VietnameseText.clean(given.registrationNumber()) == null) {
			return given.status();
		}
		return RegistrationStatus.GRANTED;
	}

	/**
	 * Whether the status a row gives is the stored title's: as stored, as it reads today,
	 * or granted for a mark that has since lapsed (expiry follows from the dates; the row
	 * is not wrong).
	 */
	private static boolean sameStatus(RegistrationStatus given, Registration existing, LocalDate today) {
		RegistrationStatus now = existing.statusOn(today);
		return given == existing.getStoredStatus() || given == now
				|| (given == RegistrationStatus.GRANTED && now == RegistrationStatus.EXPIRED);
	}

	private static Registration match(Keys keys, Stored stored, Violations violations) {
		Registration match = keys.application() == null ? null : stored.byApplication().get(keys.application());
		if (match == null && keys.registration() != null) {
			match = stored.byRegistration().get(keys.registration());
		}
		if (match == null && keys.name() != null) {
			// Only titles whose numbers do not contradict the row's: another number means
			// another title.
			List<Registration> candidates = stored.byName()
				.getOrDefault(keys.name(), List.of())
				.stream()
				.filter(title -> compatible(title.getApplicationKey(), keys.application())
						&& compatible(title.getRegistrationKey(), keys.registration()))
				.toList();
			violations.when(candidates.size() > 1, "name", "validation.import.ambiguous", candidates.size());
			match = candidates.size() == 1 ? candidates.get(0) : null;
		}
		return match;
	}

	private static boolean compatible(String stored, String given) {
		return stored == null || given == null || stored.equals(given);
	}

	/**
	 * A row's numbers, or its name when it has no number, and the title it updates: one
	 * row each per file.
	 */
	private static List<String> claims(Keys keys, Registration existing) {
		List<String> claims = new ArrayList<>();
		if (keys.application() != null) {
			claims.add("applicationNumber:" + keys.application());
		}
		if (keys.registration() != null) {
			claims.add("registrationNumber:" + keys.registration());
		}
		if (claims.isEmpty() && keys.name() != null) {
			claims.add("name:" + keys.name());
		}
		if (existing != null) {
			claims.add("title:" + existing.getId());
		}
		return claims;
	}

	private Keys keys(RegistrationDraft draft) {
		if (draft.type() == null) {
			return new Keys(null, null, null);
		}
		Violations ignored = new Violations();
		String application = this.drafts.number(draft.applicationNumber(), "applicationNumber", ignored);
		String registration = this.drafts.number(draft.registrationNumber(), "registrationNumber", ignored);
		String name = VietnameseText.clean(draft.name());
		String province = VietnameseText.clean(draft.province());
		province = province == null ? null : this.provinces.canonicalName(province).orElse(province);
		return new Keys(Registration.numberKey(draft.type(), application),
				Registration.numberKey(draft.type(), registration),
				name == null ? null : nameKey(draft.type(), name, province));
	}

	private static String nameKey(RegistrationType type, String name, String province) {
		return type + "|" + name + "|" + Objects.requireNonNullElse(province, "");
	}

	/**
	 * The stored facts with every fact the row gives in place of the stored one; empty
	 * cells keep it.
	 */
	private static RegistrationDraft merged(RegistrationDraft stored, RegistrationDraft row) {
		Map<String, Object> merged = Records.values(stored);
		Records.values(row).forEach((fact, given) -> {
			if (!KEPT.contains(fact) && !empty(given)) {
				merged.put(fact, given);
			}
		});
		if (row.grantDate() != null) {
			// a full grant date given: the partial one stored is superseded
			merged.put("grantDatePartial", null);
		}
		return Records.of(RegistrationDraft.class, merged);
	}

	private static boolean empty(Object given) {
		return given == null || (given instanceof List<?> list && list.isEmpty())
				|| (given instanceof String text && text.isBlank());
	}

}

package vn.dost.registry.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.dost.registry.registry.index.IndexSearches;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.Records;
import vn.dost.registry.shared.TimeConfiguration;
import vn.dost.registry.shared.Versions;
import vn.dost.registry.shared.Violations;

/**
 * What officers do with titles: enter, correct, delete a mistaken filing, record
 * lifecycle decisions; each change and its history entry in one single-document write
 * guarded by the version.
 */
@Service
public class RegistrationService {

	private static final int SUGGESTIONS = 10;

	private final ReactiveMongoTemplate mongo;

	private final RegistrationDrafts drafts;

	private final LifecycleDecisions decisions;

	private final DraftChanges changes;

	private final IndexSearches search;

	private final RegistrationWriter writer;

	private final Clock clock;

	RegistrationService(ReactiveMongoTemplate mongo, RegistrationDrafts drafts, LifecycleDecisions decisions,
			DraftChanges changes, IndexSearches search, RegistrationWriter writer, Clock clock) {
		this.mongo = mongo;
		this.drafts = drafts;
		this.decisions = decisions;
		this.changes = changes;
		this.search = search;
		this.writer = writer;
		this.clock = clock;
	}

	/** The collection where deleted filings are kept, part of every backup. */
	public static final String DELETIONS = RegistrationWriter.DELETIONS;

	public LocalDate today() {
		return TimeConfiguration.today(this.clock);
	}

	public Mono<Registration> create(RegistrationDraft draft, Actor actor) {
		return enter(null, draft, actor);
	}

	/**
	 * Enters records with fixed ids (seed data) that do not exist yet, checked one by one
	 * and written in one insert; answers how many were entered. Records known from
	 * sources may lack facts a new filing must give, in any status.
	 */
	public Mono<Integer> enterAllOnce(Map<String, RegistrationDraft> byId, Actor actor) {
		Query existing = Query.query(Criteria.where("_id").in(byId.keySet()));
		existing.fields().include("_id");
		return this.mongo.find(existing, Registration.class)
			.map(Registration::getId)
			.collect(Collectors.toSet())
			.flatMapMany(found -> Flux.fromIterable(byId.entrySet()).filter(entry -> !found.contains(entry.getKey())))
			.flatMapSequential(entry -> prepare(entry.getKey(), entry.getValue(), actor, false), 16)
			.collectList()
			.flatMap(this.writer::insertAll);
	}

	private Mono<Registration> enter(String id, RegistrationDraft draft, Actor actor) {
		RegistrationStatus status = draft.status() == null ? RegistrationStatus.FILED : draft.status();
		return prepare(id, draft, actor, status == RegistrationStatus.FILED).flatMap(this.writer::insert);
	}

	/**
	 * Checks the draft and the actor's right to write it, and builds the record; writes
	 * nothing. A new filing must give what a filing has; records entered from sources
	 * (seed data) may lack it, and list it as data issues.
	 */
	private Mono<Registration> prepare(String id, RegistrationDraft draft, Actor actor, boolean newFiling) {
		RegistrationStatus status = draft.status() == null ? RegistrationStatus.FILED : draft.status();
		return this.drafts.check(draft, status, newFiling).map(facts -> {
			requireWrite(facts, actor);
			return Registration.enter(id, facts, status, actor.username(), this.clock.instant());
		});
	}

	public Mono<Registration> find(String id, Actor actor) {
		return require(id).doOnNext(registration -> requireRead(registration, actor));
	}

	/** A holder's user reads only its own organisation's titles. */
	static void requireRead(Registration registration, Actor actor) {
		if (!actor.mayReadHolder(registration.getFacts().holderId())) {
			throw new NotAllowed("msg.notOwnTitle");
		}
	}

	/**
	 * The titles a listing finds, from the search index; a holder's user sees only its
	 * own organisation's titles. An answer the index kept for the same listing, unchanged
	 * since, is used unless {@code fresh}.
	 */
	public Mono<RegistrationHits> list(RegistrationQuery query, PageRequest page, Actor actor, boolean fresh) {
		if (!actor.readsAll() && query.holderId() != null && !query.holderId().equals(actor.holderId())) {
			return Mono.error(new NotAllowed("msg.notOwnTitle"));
		}
		return this.search.search(scoped(query, actor), page, today(), fresh);
	}

	/**
	 * Every title a listing finds, in its order (name order by default), from the search
	 * index; scoped like {@link #list}.
	 */
	public Mono<List<RegistrationListing>> all(RegistrationQuery query, Actor actor) {
		if (!actor.readsAll() && query.holderId() != null && !query.holderId().equals(actor.holderId())) {
			return Mono.error(new NotAllowed("msg.notOwnTitle"));
		}
		return this.search.all(scoped(query, actor), today());
	}

	/**
	 * Counts per facet value (type, status, currentProvince, productGroup, dataIssue,
	 * grantYear) over every title the listing finds, from the search index; a holder's
	 * user counts only its own titles.
	 */
	public Mono<Map<String, Map<String, Long>>> counts(RegistrationQuery query, Actor actor) {
		return this.search.counts(scoped(query, actor), today());
	}

	/**
	 * The latest {@code limit} changes, newest first, of the titles a listing finds
	 * (scoped like {@link #list}). The titles that changed last are taken from the search
	 * index, and only their documents are read: a title that is not among the
	 * {@code limit} changed last has no change newer than theirs.
	 */
	public Mono<List<RegistrationChange>> latestChanges(RegistrationQuery query, Actor actor, int limit) {
		return this.search.changedLast(scoped(query, actor), limit, today())
			.flatMapMany(titles -> StoredLookups.findIn(this.mongo, "_id",
					titles.stream().map(RegistrationListing::id).toList()))
			.flatMapIterable(
					title -> title.getHistory().stream().map(entry -> new RegistrationChange(title, entry)).toList())
			.sort(Comparator.comparing((RegistrationChange change) -> change.entry().at()).reversed())
			.take(limit)
			.collectList();
	}

	/**
	 * Every mark with an expiry date within [from, to], soonest first, from the search
	 * index; {@code provinces} (current names) and {@code holderId} restrict it when not
	 * null.
	 */
	public Mono<List<RegistrationListing>> marksExpiringBetween(LocalDate from, LocalDate to,
			Collection<String> provinces, String holderId) {
		return this.search.marksExpiringBetween(from, to, provinces, holderId);
	}

	/**
	 * Every title with an authorised user whose right ends within [from, to]: found in
	 * the search index, then read (a query on the users' dates would read every stored
	 * title on the embedded database, which has no secondary indexes).
	 */
	public Flux<Registration> withUsersEndingBetween(LocalDate from, LocalDate to) {
		return this.search.withUsersEndingBetween(from, to)
			.flatMapMany(ids -> StoredLookups.findIn(this.mongo, "_id", ids));
	}

	/**
	 * Up to ten titles whose name, sign or an alias begins with the words, for
	 * type-ahead.
	 */
	public Mono<List<RegistrationListing>> suggest(String text, Actor actor) {
		return this.search.suggest(text, actor.readsAll() ? null : ownHolder(actor), SUGGESTIONS);
	}

	private static RegistrationQuery scoped(RegistrationQuery query, Actor actor) {
		return actor.readsAll() ? query : query.withHolder(ownHolder(actor));
	}

	/**
	 * The holder whose titles a holder's user may read; an account not linked to one
	 * reads none.
	 */
	private static String ownHolder(Actor actor) {
		return actor.holderId() == null ? "-" : actor.holderId();
	}

	public Mono<Registration> update(String id, String ifMatch, RegistrationDraft draft, Actor actor) {
		return this.writer.change(id, existing -> {
			Versions.requireMatch(ifMatch, existing.getVersion());
			requireWrite(existing.getFacts(), actor);
			if (draft.type() != null && draft.type() != existing.getType()) {
				return Mono.error(InvalidInput.of("type", "validation.typeFixed"));
			}
			RegistrationDraft sameType = Records.with(draft, "type", existing.getType());
			return this.drafts.check(sameType, existing.getStoredStatus(), false).map(facts -> {
				requireWrite(facts, actor);
				existing.correct(facts, actor.username(), HistoryAction.UPDATED, null, this.clock.instant());
				return true;
			});
		});
	}

	public Mono<Void> delete(String id, String ifMatch, Actor actor) {
		return require(id).flatMap(existing -> {
			Versions.requireMatch(ifMatch, existing.getVersion());
			requireWrite(existing.getFacts(), actor);
			if (existing.getStoredStatus() != RegistrationStatus.FILED) {
				return Mono.error(new TransitionNotAllowed("DELETE", existing.getStoredStatus(),
						"msg.transition.deleteOnlyFiled"));
			}
			return this.writer.delete(existing, actor.username(), this.clock.instant());
		});
	}

	public Mono<Registration> act(String id, String ifMatch, ActionCommand command, Actor actor) {
		return this.writer.change(id, existing -> {
			Versions.requireMatch(ifMatch, existing.getVersion());
			requireWrite(existing.getFacts(), actor);
			return this.decisions.check(command, existing, today()).map(decision -> {
				if (decision.amended() != null) {
					requireWrite(decision.amended(), actor);
				}
				existing.apply(decision, actor.username(), today(), this.clock.instant());
				return true;
			});
		});
	}

	/**
	 * Checks a lifecycle action against the title as {@link #act} does (409 or 400),
	 * writing nothing.
	 */
	public Mono<Void> checkAction(String id, ActionCommand command) {
		return require(id).flatMap(existing -> this.decisions.check(command, existing, today())).then();
	}

	/**
	 * Corrects a title's record from a checked source, not by a decision: the
	 * correction's fields take its draft's values (checked as an update is) and its
	 * status, when given, replaces the stored one; one {@code CORRECTED} history entry.
	 * Answers the title unchanged when nothing differs.
	 */
	public Mono<Registration> correctRecord(String id, String ifMatch, RecordCorrection correction, Actor actor) {
		return this.writer.change(id, existing -> {
			Versions.requireMatch(ifMatch, existing.getVersion());
			requireWrite(existing.getFacts(), actor);
			RegistrationStatus status = correction.status() == null ? existing.getStoredStatus() : correction.status();
			return Mono.fromCallable(() -> this.changes.merged(existing, correction.corrected(), correction.fields()))
				.flatMap(draft -> this.drafts.check(draft, status, false))
				.map(facts -> {
					requireWrite(facts, actor);
					return existing.correctRecord(facts, status, actor.username(), correction.note(),
							this.clock.instant());
				});
		});
	}

	/**
	 * Records an amending decision taken before the title was entered, whose changes its
	 * facts already show (seed titles are entered as amended): an {@code AMEND} history
	 * entry with the decision's date and reference, no change of facts.
	 */
	public Mono<Registration> recordAmendment(String id, String ifMatch, LocalDate date, String reference, String note,
			Actor actor) {
		return this.writer.change(id, existing -> {
			Versions.requireMatch(ifMatch, existing.getVersion());
			requireWrite(existing.getFacts(), actor);
			Violations violations = new Violations();
			violations.when(date == null, "date", "validation.required");
			violations.when(date != null && date.isAfter(today()), "date", "validation.future");
			String decision = violations.text(reference, "reference", RegistrationDrafts.NAME_MAX);
			violations.when(decision == null, "reference", "validation.required");
			String text = violations.text(note, "note", RegistrationDrafts.TEXT_MAX);
			violations.throwIfAny();
			existing.recordAmendment(date, decision, text, actor.username(), today(), this.clock.instant());
			return Mono.just(true);
		});
	}

	/**
	 * The titles created at or before the instant, as stored (with history and authorised
	 * users): the seed data loaded into an empty database on its first start.
	 */
	public Flux<Registration> createdUntil(Instant until) {
		return this.mongo.find(Query.query(Criteria.where("createdAt").lte(until)), Registration.class);
	}

	/**
	 * The title as stored, with its history and authorised users; empty when there is
	 * none. For system tasks; people read through {@link #find}.
	 */
	public Mono<Registration> stored(String id) {
		return this.mongo.findById(id, Registration.class);
	}

	/**
	 * The titles with these ids as listings show them, read from the database (ids no
	 * longer stored are left out), for other features that link to titles, e.g. OCOP
	 * products.
	 */
	public Flux<RegistrationListing> listings(List<String> ids) {
		return StoredLookups.findIn(this.mongo, "_id", ids).map(Registration::listing);
	}

	/**
	 * The status today of each of the titles that exist among the ids (unknown ids are
	 * left out), for other features that link to titles, e.g. OCOP products.
	 */
	public Mono<Map<String, RegistrationStatus>> statuses(Collection<String> ids) {
		LocalDate today = today();
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Registration.class)
			.collectMap(Registration::getId, registration -> registration.statusOn(today));
	}

	Mono<Registration> require(String id) {
		return this.writer.require(id);
	}

	private static void requireWrite(RegistrationFacts facts, Actor actor) {
		if (!actor.mayWriteIn(facts.currentProvinces())) {
			throw new NotAllowed("msg.outsideProvinces");
		}
	}

}

package vn.dost.registry.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.dost.registry.registry.index.RegistrationIndex;

/**
 * The one place a title is written: every insert, save, deletion, restore and in-place
 * migration of a title goes through here, so the database's answers mean one thing
 * everywhere — a number another title of the type has is {@link DuplicateNumber} (409); a
 * write that lost the race with another write of the same title is
 * {@link OptimisticLockingFailureException} (412), unless the change can be made again on
 * a fresh read, which {@link #change} does. Every insert and save is indexed on its way
 * back ({@code index/IndexOnSave}); a deletion is removed from the index here, a restore
 * is indexed by the rebuild that follows it.
 */
@Component
class RegistrationWriter {

	/**
	 * How often {@link #change} tries again after losing a race, and how long it waits:
	 * from {@code FIRST_WAIT}, doubling up to {@code LONGEST_WAIT}, each wait drawn at
	 * random within half of it either way, so that writers that collided do not collide
	 * again (at most about 10 s in all). Fifty clients adding authorised users to one
	 * title at once on the embedded database, on a machine loaded well past its two
	 * cores: 5 immediate retries answered 30 of them 500; 12 retries up to 0.5 s, 8 and
	 * 12 of them 412; these bounds, none (two runs, 50 of 50 stored). Past them the
	 * caller gets 412 and may send the request again.
	 */
	static final int RETRIES = 16;

	static final Duration FIRST_WAIT = Duration.ofMillis(10);

	static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

	/** The collection where deleted filings are kept, part of every backup. */
	static final String DELETIONS = "registration_deletions";

	private final ReactiveMongoTemplate mongo;

	private final RegistrationIndex index;

	private final String collection;

	RegistrationWriter(ReactiveMongoTemplate mongo, RegistrationIndex index) {
		this.mongo = mongo;
		this.index = index;
		this.collection = mongo.getCollectionName(Registration.class);
	}

	/** A deleted filing kept for the audit trail. */
	@org.springframework.data.mongodb.core.mapping.Document(DELETIONS)
	record DeletedRegistration(String id, Instant at, String actor, Registration snapshot) {
	}

	/** Writes a new title. */
	Mono<Registration> insert(Registration registration) {
		return this.mongo.insert(registration).onErrorMap(DuplicateKeyException.class, RegistrationWriter::duplicate);
	}

	/** Writes new titles in one insert; answers how many. */
	Mono<Integer> insertAll(Collection<Registration> registrations) {
		if (registrations.isEmpty()) {
			return Mono.just(0);
		}
		return this.mongo.insertAll(registrations)
			.count()
			.map(Long::intValue)
			.onErrorMap(DuplicateKeyException.class, RegistrationWriter::duplicate);
	}

	/**
	 * Writes a title the caller read and changed, if nobody wrote it since (else
	 * {@link OptimisticLockingFailureException}: the caller decided on what it read).
	 */
	Mono<Registration> save(Registration registration) {
		return this.mongo.save(registration).onErrorMap(DuplicateKeyException.class, RegistrationWriter::duplicate);
	}

	/**
	 * Reads the title, lets {@code change} change it (answering whether to write it) and
	 * writes it; when another write of the title came in between, does it all again from
	 * a fresh read, waiting longer each time ({@link #RETRIES}). A change that depends on
	 * what the caller saw (an {@code If-Match}) checks it inside {@code change}, so a
	 * replay answers 412. Answers the title as written (or as read, when not written).
	 */
	Mono<Registration> change(String id, Function<Registration, Mono<Boolean>> change) {
		return Mono.defer(() -> require(id))
			.flatMap(registration -> change.apply(registration)
				.flatMap(write -> write ? save(registration) : Mono.just(registration)))
			.retryWhen(replays());
	}

	/** Reads a title by id; {@link RegistrationNotFound} when there is none. */
	Mono<Registration> require(String id) {
		return this.mongo.findById(id, Registration.class).switchIfEmpty(Mono.error(new RegistrationNotFound(id)));
	}

	/**
	 * Deletes a title, keeping a copy in {@value #DELETIONS}, and removes it from the
	 * search index.
	 */
	Mono<Void> delete(Registration registration, String actor, Instant at) {
		return this.mongo.insert(new DeletedRegistration(registration.getId(), at, actor, registration))
			.then(this.mongo.remove(registration))
			.then(this.index.remove(registration.getId()));
	}

	/**
	 * Writes a backup's documents of the titles' collection or the deletions' as they
	 * are, without the domain's checks (the data is the registry's own); the search index
	 * is rebuilt afterwards.
	 */
	Mono<Void> restore(String name, List<Document> documents) {
		if (!name.equals(this.collection) && !name.equals(DELETIONS)) {
			return Mono.error(new IllegalArgumentException("Not a collection of titles: " + name));
		}
		return this.mongo.getCollection(name).flatMap(target -> Mono.from(target.insertMany(documents))).then();
	}

	/**
	 * Changes derived fields of the stored record in place, if it is still at the version
	 * read; its version and history stay (nothing about the title changed). True if it
	 * was.
	 */
	Mono<Boolean> rewrite(Object id, Object version, Update update) {
		Query same = Query.query(Criteria.where("_id").is(id).and("version").is(version));
		return this.mongo.updateFirst(same, update, this.collection).map(result -> result.getModifiedCount() > 0);
	}

	/** The collections the titles are kept in: the titles and the deleted filings. */
	List<String> collections() {
		return List.of(this.collection, DELETIONS);
	}

	private static RetryBackoffSpec replays() {
		return Retry.backoff(RETRIES, FIRST_WAIT)
			.maxBackoff(LONGEST_WAIT)
			.jitter(0.5)
			.filter(OptimisticLockingFailureException.class::isInstance)
			.onRetryExhaustedThrow((spec, signal) -> signal.failure());
	}

	/** The number a duplicate key names, as the field a client sent it in. */
	static DuplicateNumber duplicate(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		boolean application = message.contains(RegistrationIndexes.APPLICATION_KEY)
				|| message.contains("applicationKey");
		return new DuplicateNumber(application ? "applicationNumber" : "registrationNumber");
	}

}

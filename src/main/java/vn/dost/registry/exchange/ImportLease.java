package vn.dost.registry.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.dost.registry.shared.Conflict;

/**
 * One import writes at a time, across every instance of the service: two imports of
 * overlapping files checked side by side would both plan to create the same titles, and
 * the second would stop half-written on a unique number. The importer holds a lease, one
 * document in the database: taken by inserting it (the unique {@code _id} decides between
 * two at once), renewed after every batch, given back at the end. A lease not renewed for
 * {@link #TERM} (its service stopped) may be taken over; a service starting up drops the
 * lease, as it marks the imports it left running as interrupted.
 */
final class ImportLease {

	static final String COLLECTION = "import_lease";

	/** How long a lease lasts without renewal; a batch of rows takes seconds. */
	static final Duration TERM = Duration.ofMinutes(10);

	private static final String ID = "import";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	ImportLease(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Takes the lease for an import, or fails with 409 {@code import-running} while
	 * another holds it.
	 */
	Mono<Void> take(String importId, String username) {
		Instant now = this.clock.instant();
		Document lease = new Document("_id", ID).append("importId", importId)
			.append("username", username)
			.append("takenAt", Date.from(now))
			.append("expiresAt", Date.from(now.plus(TERM)));
		return this.mongo.insert(lease, COLLECTION)
			.then()
			.onErrorResume(DuplicateKeyException.class, held -> takeOver(lease, now));
	}

	/**
	 * Takes a lease its holder let expire; the expiry in the query makes two takers at
	 * once exclude each other.
	 */
	private Mono<Void> takeOver(Document lease, Instant now) {
		Query expired = Query.query(Criteria.where("_id").is(ID).and("expiresAt").lt(Date.from(now)));
		Update update = new Update().set("importId", lease.get("importId"))
			.set("username", lease.get("username"))
			.set("takenAt", lease.get("takenAt"))
			.set("expiresAt", lease.get("expiresAt"));
		return this.mongo
			.findAndModify(expired, update, FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
			.switchIfEmpty(Mono.error(() -> new Conflict("import-running")))
			.then();
	}

	/** Extends the lease of a running import. */
	Mono<Void> renew(String importId) {
		return this.mongo
			.updateFirst(held(importId), Update.update("expiresAt", Date.from(this.clock.instant().plus(TERM))),
					COLLECTION)
			.then();
	}

	/** Gives the lease back (nothing if another has taken it over meanwhile). */
	Mono<Void> release(String importId) {
		return this.mongo.remove(held(importId), COLLECTION).then();
	}

	/**
	 * Drops whatever lease is held: at start-up, when the imports left running are marked
	 * interrupted.
	 */
	Mono<Void> drop() {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(ID)), COLLECTION).then();
	}

	private static Query held(String importId) {
		return Query.query(Criteria.where("_id").is(ID).and("importId").is(importId));
	}

}

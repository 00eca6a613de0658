package vn.dost.registry.registry.index;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.shared.IdOrderedReads;

/**
 * The index of the authorised users the public may look up (users of titles marked public
 * and granted), kept in memory beside the titles' index and fed by the same writes: built
 * from the database before the service takes requests, changed after every acknowledged
 * save of a title (read-your-write), following other instances' writes through the change
 * stream, rebuilt with the titles' index. Its own thread and generation, so it never
 * slows the titles' index. Searching is {@link AuthorisedUserSearches}.
 */
@Component
public class AuthorisedUserIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuthorisedUserIndex.class);

	/** Titles read from the database per step of a rebuild. */
	private static final int BATCH = 500;

	private static final String PUBLIC = "facts.publicListing";

	private static final String STATUS = "status";

	private static final String USERS = "authorisedUsers";

	private final ReactiveMongoTemplate mongo;

	private final UserFields fields;

	/** Decodes the stored titles that have users. */
	private final IndexedFields titles;

	private final IndexThread thread;

	private final AtomicReference<Mono<Rebuilt>> rebuilding = new AtomicReference<>();

	private volatile UserIndexGeneration current;

	/** The generation a rebuild is filling; read and written on the index thread only. */
	private UserIndexGeneration next;

	AuthorisedUserIndex(ReactiveMongoTemplate mongo, Provinces provinces) {
		this.mongo = mongo;
		this.fields = new UserFields(provinces);
		this.titles = new IndexedFields(mongo.getConverter());
		this.current = new UserIndexGeneration(this.fields);
		this.thread = new IndexThread("registry-user-index", () -> this.current.refresh());
	}

	/** What a rebuild did: how many users it indexed, how long it took, its memory. */
	public record Rebuilt(long users, Duration took, long bytes) {
	}

	/** Indexes the users of a title as just saved, unless a newer version was seen. */
	public Mono<Void> put(Registration title) {
		return this.thread.change(() -> {
			this.current.put(title);
			if (this.next != null) {
				this.next.put(title);
			}
		});
	}

	/** As {@link #put(Registration)}, for a title as the database stores it. */
	public Mono<Void> put(org.bson.Document stored) {
		return Mono.fromCallable(() -> this.mongo.getConverter().read(Registration.class, stored)).flatMap(this::put);
	}

	/**
	 * Removes the users of a deleted title. Only filings can be deleted, and a filing's
	 * users are never indexed (its last save removed them): this is for deletions the
	 * change stream reports, whatever another instance's version allows.
	 */
	public Mono<Void> remove(String titleId) {
		return this.thread.change(() -> {
			this.current.remove(titleId);
			if (this.next != null) {
				this.next.remove(titleId);
			}
		});
	}

	/**
	 * Builds a new index from the database and swaps it in; changes made meanwhile reach
	 * both. Callers that ask while a rebuild runs share it.
	 */
	public Mono<Rebuilt> rebuild() {
		return Mono.defer(() -> {
			Mono<Rebuilt> fresh = load().doFinally(signal -> this.rebuilding.set(null)).cache();
			Mono<Rebuilt> running = this.rebuilding.compareAndExchange(null, fresh);
			return running != null ? running : fresh;
		});
	}

	private Mono<Rebuilt> load() {
		Query listed = Query.query(Criteria.where(PUBLIC).is(true).and(STATUS).is(RegistrationStatus.GRANTED.name()));
		listed.fields().exclude("history");
		return feed().flatMap(feed -> IdOrderedReads
			.rawBatches(this.mongo, listed, this.mongo.getCollectionName(Registration.class), BATCH)
			.concatMap(feed::take, 1)
			.then(feed.finish())
			.onErrorResume(ex -> feed.abandon().then(Mono.error(ex))));
	}

	/**
	 * Begins a rebuild fed with stored titles batch by batch by whoever reads them (the
	 * titles' index build reads them once for both indexes); changes made meanwhile reach
	 * the old and the new index.
	 */
	Mono<Feed> feed() {
		long started = System.nanoTime();
		return this.thread.call(() -> new Feed(this.next = new UserIndexGeneration(this.fields), started));
	}

	/**
	 * A rebuild in progress: takes batches of stored titles (as the database sent them,
	 * any titles: those the public may not see are skipped), then swaps the new index in.
	 */
	final class Feed {

		private final UserIndexGeneration generation;

		private final long started;

		private long users;

		private Feed(UserIndexGeneration generation, long started) {
			this.generation = generation;
			this.started = started;
		}

		/**
		 * Indexes the users of the listed titles of a batch; only titles with users are
		 * decoded.
		 */
		Mono<Void> take(List<RawBsonDocument> titles) {
			return AuthorisedUserIndex.this.thread.call(() -> {
				for (RawBsonDocument stored : titles) {
					take(stored);
				}
				return true;
			}).then();
		}

		private void take(RawBsonDocument stored) {
			if (!listed(stored)) {
				return;
			}
			if (stored.get(USERS) instanceof BsonArray users && !users.isEmpty()) {
				MongoConverter converter = AuthorisedUserIndex.this.mongo.getConverter();
				this.generation.put(converter.read(Registration.class, AuthorisedUserIndex.this.titles.decode(stored)));
				this.users += users.size();
			}
			else {
				this.generation.put(stored.getString("_id").getValue(), IndexedFields.version(stored), List.of());
			}
		}

		/** Swaps the new index in. */
		Mono<Rebuilt> finish() {
			return AuthorisedUserIndex.this.thread.call(() -> swapIn(this.generation, this.users, this.started))
				.doOnNext(done -> log.info("Authorised users' index built: {} users in {} ms, {} KiB", done.users(),
						done.took().toMillis(), done.bytes() / 1024));
		}

		/** Drops the new index after the read failed. */
		Mono<Void> abandon() {
			return AuthorisedUserIndex.this.thread.call(() -> {
				if (AuthorisedUserIndex.this.next == this.generation) {
					AuthorisedUserIndex.this.next = null;
					this.generation.close();
				}
				return true;
			}).then();
		}

	}

	/**
	 * Whether the public may see a stored title's users, as {@link UserFields#listed}
	 * says of the decoded title.
	 */
	private static boolean listed(RawBsonDocument stored) {
		return stored.get("facts") instanceof BsonDocument facts
				&& facts.get("publicListing") instanceof BsonBoolean shown && shown.getValue()
				&& stored.get(STATUS) instanceof BsonString status
				&& RegistrationStatus.GRANTED.name().equals(status.getValue());
	}

	private Rebuilt swapIn(UserIndexGeneration generation, long users, long started) {
		generation.refresh();
		UserIndexGeneration previous = this.current;
		this.current = generation;
		this.next = null;
		try {
			previous.close();
		}
		catch (RuntimeException | AssertionError ex) {
			// the new generation serves already: the old one's failure to close loses
			// nothing
			log.warn("The previous authorised users' index did not close cleanly", ex);
		}
		return new Rebuilt(users, Duration.ofNanos(System.nanoTime() - started), generation.ramBytesUsed());
	}

	/**
	 * Runs a read on the current view of the index; a view closed by a rebuild's swap in
	 * the meantime is replaced by the new one.
	 */
	<T> T read(Function<IndexSearcher, T> reading) {
		while (true) {
			UserIndexGeneration generation = this.current;
			IndexSearcher searcher;
			try {
				searcher = generation.acquire();
			}
			catch (AlreadyClosedException swapped) {
				continue;
			}
			try {
				return reading.apply(searcher);
			}
			finally {
				generation.release(searcher);
			}
		}
	}

	/** The memory the index uses now, in bytes. */
	public long ramBytesUsed() {
		return this.current.ramBytesUsed();
	}

	/** How many users lookups can see now (lapsed marks' users included). */
	public int size() {
		return read(searcher -> searcher.getIndexReader().numDocs());
	}

	@Override
	public void destroy() {
		this.thread.stop();
	}

}

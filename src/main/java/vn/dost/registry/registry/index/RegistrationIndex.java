package vn.dost.registry.registry.index;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.lucene.store.AlreadyClosedException;
import org.bson.RawBsonDocument;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.shared.IdOrderedReads;

/**
 * The search index of all titles, kept in memory beside the database: built from the
 * database before the service takes requests, changed after every acknowledged write
 * (read-your-write), rebuilt on demand while searches and writes go on. Searching is
 * {@link IndexSearches}.
 */
@Component
public class RegistrationIndex implements DisposableBean {

	static final String COLLECTION = "registrations";

	/** Records read from the database per step of a rebuild. */
	private static final int BATCH = 500;

	private final ReactiveMongoTemplate mongo;

	private final IndexedFields fields;

	private final IndexThread thread;

	private final IndexQueries queries;

	private final AtomicReference<Mono<Rebuilt>> rebuilding = new AtomicReference<>();

	private volatile IndexGeneration current;

	private volatile Instant lastBuildStarted;

	private final AtomicLong changes = new AtomicLong();

	private volatile Instant lastChange = Instant.now();

	/** The generation a rebuild is filling; read and written on the index thread only. */
	private IndexGeneration next;

	/** How many titles the answers each view of the index keeps may hold. */
	private final int keptTitles;

	/** How many titles read back by searches the index may keep decoded. */
	private final int decodedTitles;

	/**
	 * @param keptTitles how many titles the recent answers (pages with their totals and
	 * facets) each view of the index keeps, for searches asking the same again while
	 * nothing changed, may hold in all ({@code registry.search.kept-titles}; 0: none
	 * kept)
	 * @param decodedTitles how many titles read back by searches the index may keep
	 * decoded, for later pages showing them again
	 * ({@code registry.search.decoded-titles}; 0: none kept)
	 */
	RegistrationIndex(ReactiveMongoTemplate mongo, Provinces provinces,
			@Value("${registry.search.kept-titles:5000}") int keptTitles,
			@Value("${registry.search.decoded-titles:20000}") int decodedTitles) {
		if (keptTitles < 0) {
			throw new IllegalArgumentException("registry.search.kept-titles must not be negative: " + keptTitles);
		}
		if (decodedTitles < 0) {
			throw new IllegalArgumentException("registry.search.decoded-titles must not be negative: " + decodedTitles);
		}
		this.decodedTitles = decodedTitles;
		this.mongo = mongo;
		this.fields = new IndexedFields(mongo.getConverter());
		this.queries = new IndexQueries(provinces);
		this.keptTitles = keptTitles;
		this.current = new IndexGeneration(this.fields, keptTitles, decodedTitles);
		this.thread = new IndexThread("registry-index", () -> this.current.refresh());
	}

	/**
	 * What a rebuild did: when it began reading the database, how many titles it indexed,
	 * how long it took, the memory the index now uses.
	 */
	public record Rebuilt(Instant startedAt, long titles, Duration took, long bytes) {
	}

	/**
	 * Indexes a record as the database stored it, unless the index already holds a newer
	 * version.
	 */
	public Mono<Void> put(org.bson.Document stored) {
		return put(stored, null);
	}

	/**
	 * As {@link #put(org.bson.Document)}, given the listing of the registration the
	 * record was just written from (it is not read back from the record).
	 */
	public Mono<Void> put(org.bson.Document stored, RegistrationListing written) {
		return this.thread.change(() -> {
			this.current.put(stored, written);
			if (this.next != null) {
				this.next.put(stored, written);
			}
		}).doOnSuccess(done -> changed());
	}

	/** Removes a deleted title. */
	public Mono<Void> remove(String id) {
		return this.thread.change(() -> {
			this.current.remove(id);
			if (this.next != null) {
				this.next.remove(id);
			}
		}).doOnSuccess(done -> changed());
	}

	private void changed() {
		this.changes.incrementAndGet();
		this.lastChange = Instant.now();
	}

	/**
	 * Changes with every change the index takes and every rebuild, and differs between
	 * runs of the service: what searches can see is the same while it is.
	 */
	public String changeTag() {
		Instant built = this.lastBuildStarted;
		return (built == null ? 0 : built.toEpochMilli()) + "." + this.changes.get();
	}

	/** When the index last took a change or was built. */
	public Instant lastChange() {
		return this.lastChange;
	}

	/**
	 * Builds a new index from the database and swaps it in; changes made meanwhile reach
	 * both. Callers that ask while a rebuild runs share it.
	 */
	public Mono<Rebuilt> rebuild() {
		return rebuild(null);
	}

	/**
	 * As {@link #rebuild()}, rebuilding the authorised users' index from the same read of
	 * the titles (the database read once for both); a titles' rebuild already running is
	 * shared, the users' index then rebuilt after it on its own.
	 */
	public Mono<Rebuilt> rebuildWith(AuthorisedUserIndex users) {
		return rebuild(users);
	}

	private Mono<Rebuilt> rebuild(AuthorisedUserIndex users) {
		return Mono.defer(() -> {
			Mono<Rebuilt> fresh = load(users).doFinally(signal -> this.rebuilding.set(null)).cache();
			Mono<Rebuilt> running = this.rebuilding.compareAndExchange(null, fresh);
			if (running == null) {
				return fresh;
			}
			return users == null ? running : running.delayUntil(done -> users.rebuild());
		});
	}

	private Mono<Rebuilt> load(AuthorisedUserIndex users) {
		Instant startedAt = Instant.now();
		long started = System.nanoTime();
		Mono<Optional<AuthorisedUserIndex.Feed>> feeding = users == null ? Mono.just(Optional.empty())
				: users.feed().map(Optional::of);
		return feeding.flatMap(feed -> this.thread
			.call(() -> this.next = new IndexGeneration(this.fields, this.keptTitles, this.decodedTitles))
			.flatMap(generation -> IdOrderedReads.rawBatches(this.mongo, indexed(), COLLECTION, BATCH)
				// each batch's index documents are made on other threads, up to two
				// batches ahead, while the index thread puts in the previous ones
				.flatMapSequential(batch -> Mono.fromCallable(() -> prepared(batch)).subscribeOn(Schedulers.parallel()),
						2, 1)
				// the two indexes take each batch at the same time; the next one waits
				// (the default prefetch held 32 batches in memory)
				.concatMap(batch -> Mono.when(this.thread.call(() -> {
					batch.titles().forEach(generation::put);
					return true;
				}), feed.map(other -> other.take(batch.sent())).orElse(Mono.empty()))
					.thenReturn((long) batch.sent().size()), 1)
				.reduce(0L, Long::sum)
				.delayUntil(titles -> feed.map(AuthorisedUserIndex.Feed::finish).orElse(Mono.empty()))
				.flatMap(titles -> this.thread.call(() -> swapIn(generation, titles, startedAt, started)))
				.onErrorResume(ex -> this.thread.call(() -> {
					this.next = null;
					generation.close();
					return true;
				}).then(feed.map(AuthorisedUserIndex.Feed::abandon).orElse(Mono.empty())).then(Mono.error(ex)))));
	}

	/** A batch as the database sent it and its titles' index documents. */
	private record PreparedBatch(List<RawBsonDocument> sent, List<IndexGeneration.Prepared> titles) {
	}

	private PreparedBatch prepared(List<RawBsonDocument> sent) {
		return new PreparedBatch(sent,
				sent.stream().map(title -> IndexGeneration.Prepared.of(this.fields, title)).toList());
	}

	/**
	 * Every title without its history, which the index does not keep (the authorised
	 * users' days are indexed): read in batches, so that no one query holds all titles
	 * with their history.
	 */
	private static Query indexed() {
		Query all = new Query();
		all.fields().exclude("history");
		return all;
	}

	private Rebuilt swapIn(IndexGeneration generation, long titles, Instant startedAt, long started) {
		generation.refresh();
		IndexGeneration previous = this.current;
		this.current = generation;
		this.lastBuildStarted = startedAt;
		this.next = null;
		changed();
		previous.close();
		return new Rebuilt(startedAt, titles, Duration.ofNanos(System.nanoTime() - started), generation.ramBytesUsed());
	}

	/**
	 * Runs a read on the current view of the index; a view closed by a rebuild's swap in
	 * the meantime is replaced by the new one.
	 */
	<T> T read(Function<FacetedSearcher, T> reading) {
		while (true) {
			IndexGeneration generation = this.current;
			FacetedSearcher searcher;
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

	IndexedFields fields() {
		return this.fields;
	}

	IndexQueries queries() {
		return this.queries;
	}

	/** When the newest build began reading the database; null before the first. */
	Instant lastBuildStarted() {
		return this.lastBuildStarted;
	}

	/** The memory the index uses now, in bytes. */
	public long ramBytesUsed() {
		return this.current.ramBytesUsed();
	}

	/** How many titles searches can see now. */
	public int size() {
		return read(searcher -> searcher.getIndexReader().numDocs());
	}

	@Override
	public void destroy() {
		this.thread.stop();
	}

	/**
	 * The facets a listing answers with; officers' listings also count the kinds of data
	 * issue, which the public is not told of.
	 */
	static List<String> shownDimensions(boolean publicOnly) {
		return publicOnly
				? List.of(IndexedFields.TYPE, IndexedFields.STATUS, IndexedFields.CURRENT_PROVINCE,
						IndexedFields.PRODUCT_GROUP)
				: List.of(IndexedFields.TYPE, IndexedFields.STATUS, IndexedFields.CURRENT_PROVINCE,
						IndexedFields.PRODUCT_GROUP, IndexedFields.DATA_ISSUE);
	}

}

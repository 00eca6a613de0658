package vn.dost.registry.registry.index;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.mongodb.MongoCommandException;
import com.mongodb.client.model.changestream.FullDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.data.mongodb.core.ChangeStreamOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's indexes (titles, authorised users) current with writes made by
 * other instances, by following the titles' change stream (MongoDB replica set). Starts
 * from a little before the index was built, so no change made during the build is missed
 * (replaying one twice is harmless: older versions are ignored); resumes after an error
 * from the last event seen; rebuilds the index when the stream's history no longer
 * reaches back that far. On by default only with an external database
 * ({@code MONGODB_URI}); see docs/operations.md.
 */
@Component
class ChangeStreamFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeStreamFollower.class);

	/**
	 * How far before the index build the stream starts: covers clock differences between
	 * machines.
	 */
	private static final Duration LOOK_BACK = Duration.ofMinutes(1);

	/**
	 * Server errors meaning the stream cannot resume where it was: history lost, or a
	 * fatal stream error.
	 */
	private static final Set<Integer> CANNOT_RESUME = Set.of(280, 286);

	private final ReactiveMongoTemplate mongo;

	private final RegistrationIndex index;

	private final AuthorisedUserIndex users;

	private final boolean enabled;

	private final Duration firstRetry;

	private volatile Disposable following;

	private volatile BsonValue resumeToken;

	private volatile Instant startAt;

	ChangeStreamFollower(ReactiveMongoTemplate mongo, RegistrationIndex index, AuthorisedUserIndex users,
			@Value("${registry.index.follow-changes:auto}") String followChanges,
			@Value("${MONGODB_URI:}") String externalDatabase,
			@Value("${registry.index.follow-retry:PT1S}") Duration firstRetry) {
		this.mongo = mongo;
		this.index = index;
		this.users = users;
		this.enabled = "auto".equals(followChanges) ? !externalDatabase.isBlank() : Boolean.parseBoolean(followChanges);
		this.firstRetry = firstRetry;
	}

	@Override
	public void start() {
		if (!this.enabled) {
			return;
		}
		Instant built = this.index.lastBuildStarted();
		this.startAt = (built == null ? Instant.now() : built).minus(LOOK_BACK);
		this.following = follow().subscribe();
		log.info("Following the titles' change stream from {}", this.startAt);
	}

	/**
	 * The change stream, applied event by event, resumed after errors, until the service
	 * stops.
	 */
	Flux<Void> follow() {
		return Flux.defer(this::changes).concatMap(this::apply).onErrorResume(this::cannotResume, ex -> {
			log.warn("The change stream cannot resume ({}); rebuilding the search index", ex.getMessage());
			return this.index.rebuild().delayUntil(done -> this.users.rebuild()).doOnNext(done -> {
				this.resumeToken = null;
				this.startAt = done.startedAt().minus(LOOK_BACK);
			}).thenMany(Flux.error(ex));
		})
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.firstRetry)
				.maxBackoff(Duration.ofSeconds(30))
				.doBeforeRetry(
						signal -> log.warn("Change stream interrupted; resuming: {}", signal.failure().toString())));
	}

	private Flux<ChangeStreamEvent<Document>> changes() {
		ChangeStreamOptions.ChangeStreamOptionsBuilder options = ChangeStreamOptions.builder()
			.fullDocumentLookup(FullDocument.UPDATE_LOOKUP);
		BsonValue token = this.resumeToken;
		if (token != null) {
			options.resumeAfter(token);
		}
		else {
			options.resumeAt(this.startAt);
		}
		return this.mongo.changeStream(RegistrationIndex.COLLECTION, options.build(), Document.class);
	}

	private Mono<Void> apply(ChangeStreamEvent<Document> event) {
		Mono<Void> applied = switch (event.getOperationType()) {
			case INSERT, UPDATE, REPLACE -> event.getBody() == null ? Mono.empty()
					: this.index.put(event.getBody()).then(this.users.put(event.getBody()));
			case DELETE -> removed(event.getRaw().getDocumentKey().get("_id").asString().getValue());
			case DROP, RENAME, DROP_DATABASE, INVALIDATE -> this.index.rebuild().then(this.users.rebuild()).then();
			default -> Mono.empty();
		};
		return applied.doOnSuccess(done -> this.resumeToken = event.getResumeToken());
	}

	private Mono<Void> removed(String id) {
		return this.index.remove(id).then(this.users.remove(id));
	}

	private boolean cannotResume(Throwable ex) {
		return ex instanceof MongoCommandException command && CANNOT_RESUME.contains(command.getErrorCode());
	}

	@Override
	public void stop() {
		Disposable running = this.following;
		if (running != null) {
			running.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		Disposable running = this.following;
		return running != null && !running.isDisposed();
	}

}

package vn.dost.registry.registry;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.TimeConfiguration;

/**
 * Once a day stores as {@code EXPIRED} every mark whose term and grace period ended
 * without renewal (they already read as expired; this makes the stored status and history
 * say so).
 */
@Component
public class ExpirySweep {

	private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

	private final ReactiveMongoTemplate mongo;

	private final RegistrationWriter writer;

	private final Clock clock;

	ExpirySweep(ReactiveMongoTemplate mongo, RegistrationWriter writer, Clock clock) {
		this.mongo = mongo;
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Expires the lapsed marks and answers how many were changed. Deferred, so "today" is
	 * the day it runs: the scheduler obtains this publisher once and subscribes to it
	 * every night.
	 */
	@Scheduled(cron = "${registry.sweep.cron:0 30 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	public Mono<Long> sweep() {
		return Mono.defer(this::sweepNow);
	}

	private Mono<Long> sweepNow() {
		LocalDate today = TimeConfiguration.today(this.clock);
		Query lapsed = Query
			.query(Criteria.where("status").is(RegistrationStatus.GRANTED.name()).and("graceEnds").lt(today));
		lapsed.fields().include("_id");
		return this.mongo.find(lapsed, org.bson.Document.class, this.mongo.getCollectionName(Registration.class))
			.concatMap(stored -> expire(String.valueOf(stored.get("_id")), today))
			.filter(expired -> expired)
			.count()
			.doOnNext(count -> log.info("Expiry sweep of {}: {} marks stored as expired", today, count));
	}

	/**
	 * Expires the mark if it has lapsed as it reads now (an officer's renewal may have
	 * come first); true if this did.
	 */
	private Mono<Boolean> expire(String id, LocalDate today) {
		boolean[] expired = new boolean[1];
		return this.writer.change(id, registration -> {
			expired[0] = registration.expireIfLapsed(today, this.clock.instant());
			return Mono.just(expired[0]);
		}).map(written -> expired[0]).onErrorResume(RegistrationNotFound.class, deleted -> Mono.just(false));
	}

}

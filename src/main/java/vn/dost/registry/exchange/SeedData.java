package vn.dost.registry.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.StartupTask;

/**
 * Loads the seed titles, their holders and their later decisions into an empty database
 * on the first start, once: a marker records that it was done, and stable ids make an
 * interrupted load safe to repeat.
 */
@Component
class SeedData implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(SeedData.class);

	static final String MARKER = "seed-data";

	private final ReactiveMongoTemplate mongo;

	private final SeedSource source;

	private final SeedHolders holders;

	private final SeedDecisions decisions;

	private final RegistrationService registrations;

	private final boolean enabled;

	private final Clock clock;

	SeedData(ReactiveMongoTemplate mongo, SeedSource source, SeedHolders holders, SeedDecisions decisions,
			RegistrationService registrations, @Value("${registry.seed.enabled:true}") boolean enabled, Clock clock) {
		this.mongo = mongo;
		this.source = source;
		this.holders = holders;
		this.decisions = decisions;
		this.registrations = registrations;
		this.enabled = enabled;
		this.clock = clock;
	}

	/**
	 * Records, in the database itself, that the seed data has been loaded: when, how many
	 * titles (0 when the database already held titles) and from which edition of the seed
	 * files (absent in markers written before editions were recorded, and when nothing
	 * was loaded).
	 */
	@Document("registry_meta")
	record Marker(String id, Instant at, long titles, String edition) {
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public Mono<Void> run() {
		if (!this.enabled) {
			return Mono.empty();
		}
		return this.mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), Marker.class)
			.flatMap(loaded -> loaded ? Mono.empty() : firstStart())
			.then();
	}

	private Mono<Marker> firstStart() {
		return this.mongo.count(new Query(), Registration.class)
			.flatMap(existing -> existing > 0 ? Mono.just(new Marker(MARKER, this.clock.instant(), 0, null)) : load())
			.flatMap(this.mongo::insert);
	}

	/**
	 * Holders first, then titles: each in one insert, so the first start commits twice,
	 * not 140 times; then the decisions taken after the grants.
	 */
	private Mono<Marker> load() {
		return this.source.read().flatMap(files -> this.holders.resolve(files.rows()).flatMap(holderIds -> {
			Map<SeedRow, String> ids = new LinkedHashMap<>();
			Map<String, RegistrationDraft> titles = new LinkedHashMap<>();
			for (SeedRow row : files.rows()) {
				ids.put(row, row.registrationId());
				titles.put(row.registrationId(), row.registration(holderIds.get(row.holderKey())));
			}
			return this.registrations.enterAllOnce(titles, Actor.SYSTEM)
				.flatMap(count -> this.decisions.recordMissing(files, ids)
					.thenReturn(new Marker(MARKER, this.clock.instant(), count, files.edition())));
		})).doOnNext(marker -> log.info("First start: loaded {} seed titles from {}", marker.titles(), this.source));
	}

}

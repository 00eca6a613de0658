package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.holders.HolderService;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.StartupTask;

/**
 * Loads the seed titles and their holders into an empty database on the first start,
 * once: a marker records that it was done, and stable ids make an interrupted load safe
 * to repeat.
 */
@Component
class SeedData implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(SeedData.class);

	static final String MARKER = "seed-data";

	private final ReactiveMongoTemplate mongo;

	private final HolderService holders;

	private final RegistrationService registrations;

	private final Resource source;

	private final boolean enabled;

	private final Clock clock;

	SeedData(ReactiveMongoTemplate mongo, HolderService holders, RegistrationService registrations,
			@Value("${registry.seed.location:classpath:seed-data/registrations.csv}") Resource source,
			@Value("${registry.seed.enabled:true}") boolean enabled, Clock clock) {
		this.mongo = mongo;
		this.holders = holders;
		this.registrations = registrations;
		this.source = source;
		this.enabled = enabled;
		this.clock = clock;
	}

	/** Records, in the database itself, that the seed data has been loaded. */
	@Document("registry_meta")
	record Marker(String id, Instant at, long titles) {
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
			.flatMap(existing -> existing > 0 ? Mono.just(0L) : load())
			.flatMap(count -> this.mongo.insert(new Marker(MARKER, this.clock.instant(), count)));
	}

	/**
	 * Holders first, then titles: each in one insert, so the first start commits twice,
	 * not 140 times.
	 */
	private Mono<Long> load() {
		return Mono.fromCallable(this::rows).subscribeOn(Schedulers.boundedElastic()).flatMap(rows -> {
			Map<String, HolderService.Draft> holders = new LinkedHashMap<>();
			Map<String, RegistrationDraft> titles = new LinkedHashMap<>();
			for (SeedRow row : rows) {
				if (row.holderId() != null) {
					holders.putIfAbsent(row.holderId(), row.holder());
				}
				titles.put(row.registrationId(), row.registration());
			}
			return this.holders.ensureAll(holders)
				.then(this.registrations.enterAllOnce(titles, Actor.SYSTEM))
				.map(Integer::longValue);
		}).doOnNext(count -> log.info("First start: loaded {} seed titles from {}", count, this.source));
	}

	private List<SeedRow> rows() {
		List<SeedRow> rows = new ArrayList<>();
		try (CsvTable csv = CsvTable.open(this.source.getInputStream())) {
			csv.rows(csv.header()).forEachRemaining(row -> rows.add(new SeedRow(row)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}

package vn.dost.registry.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.registry.RecordCorrection;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.StartupTask;
import vn.dost.registry.shared.Versions;

/**
 * Brings the seed titles of a database seeded by an earlier version to the current seed
 * edition, once per edition (a marker in {@code registry_meta} records what it changed):
 * corrects the facts and status the seed still owns (see {@link SeedCorrection}), one
 * {@code CORRECTED} history entry per title naming the source; withdraws by correction
 * the second copy of a title an earlier edition held twice; adds the titles the edition
 * added; records its later decisions. Officers' values are never overwritten.
 */
@Component
class SeedUpgrade implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(SeedUpgrade.class);

	static final String MARKER_PREFIX = "seed-edition:";

	private final ReactiveMongoTemplate mongo;

	private final SeedSource source;

	private final SeedHolders holders;

	private final SeedAdditions additions;

	private final SeedDecisions decisions;

	private final RegistrationService registrations;

	private final OcopProducts ocop;

	private final MessageSource messages;

	private final boolean enabled;

	private final Clock clock;

	SeedUpgrade(ReactiveMongoTemplate mongo, SeedSource source, SeedHolders holders, SeedAdditions additions,
			SeedDecisions decisions, RegistrationService registrations, OcopProducts ocop, MessageSource messages,
			@Value("${registry.seed.enabled:true}") boolean seed,
			@Value("${registry.seed.upgrade.enabled:true}") boolean upgrade, Clock clock) {
		this.mongo = mongo;
		this.source = source;
		this.holders = holders;
		this.additions = additions;
		this.decisions = decisions;
		this.registrations = registrations;
		this.ocop = ocop;
		this.messages = messages;
		this.enabled = seed && upgrade;
		this.clock = clock;
	}

	/**
	 * What the upgrade to one edition changed, by title id; {@code left} for officers.
	 */
	@Document("registry_meta")
	record Marker(String id, Instant at, String edition, List<String> corrected, List<String> withdrawn,
			List<String> added, List<String> amended, List<String> left) {
	}

	@Override
	public int order() {
		return 210;
	}

	@Override
	public Mono<Void> run() {
		if (!this.enabled) {
			return Mono.empty();
		}
		return this.source.read().flatMap(this::once).then();
	}

	/** The upgrade to the files' edition, unless a marker says it was done. */
	private Mono<Marker> once(SeedFiles files) {
		String id = MARKER_PREFIX + files.edition();
		Mono<Marker> upgrade = this.mongo.findById(SeedData.MARKER, SeedData.Marker.class)
			.flatMap(seed -> upToDate(seed, files) ? Mono.just(new Changes()) : upgrade(files, seed.at()))
			.flatMap(changes -> this.mongo.insert(changes.marker(id, files.edition(), this.clock.instant())))
			.doOnNext(SeedUpgrade::report);
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id)), Marker.class)
			.filter(done -> !done)
			.flatMap(notDone -> upgrade);
	}

	/**
	 * Nothing of the seed to bring up to the files' edition: none was loaded, or it was
	 * loaded from this very edition (on this first start), which the upgrade would only
	 * read back and compare.
	 */
	private static boolean upToDate(SeedData.Marker seed, SeedFiles files) {
		return seed.titles() == 0 || files.edition().equals(seed.edition());
	}

	private Mono<Changes> upgrade(SeedFiles files, Instant seeded) {
		return this.registrations.createdUntil(seeded)
			.mapNotNull(title -> SeedRegistration.of(title).orElse(null))
			.collectList()
			.map(titles -> SeedMatches.of(files.rows(), titles))
			.flatMap(matches -> this.ocop.linkedTitles(matches.duplicated())
				.flatMap(linked -> apply(matches, matches.kept(linked), files)));
	}

	private Mono<Changes> apply(SeedMatches matches, Map<SeedRow, List<SeedRegistration>> kept, SeedFiles files) {
		Changes changes = new Changes();
		matches.unmatched()
			.forEach(title -> changes.left.add("not in this edition: " + title.id() + " " + title.name()));
		kept.forEach((row, titles) -> {
			if (titles.size() > 1) {
				changes.left.add("held twice, both worked on by officers: "
						+ titles.stream().map(SeedRegistration::id).collect(Collectors.joining(", ")) + " "
						+ row.name());
			}
		});
		return correctAll(kept, files, changes).then(withdrawAll(matches, kept, files, changes))
			.then(this.additions.addMissing(matches.missing(), changes.left))
			.flatMap(added -> {
				changes.added.addAll(added.values());
				Map<SeedRow, String> ids = new LinkedHashMap<>(added);
				kept.forEach((row, titles) -> ids.put(row, titles.get(0).id()));
				return this.decisions.recordMissing(files, ids);
			})
			.map(amended -> {
				changes.amended.addAll(amended);
				return changes;
			});
	}

	/** Withdraws every title of a row that is not kept, naming the kept one. */
	private Mono<Void> withdrawAll(SeedMatches matches, Map<SeedRow, List<SeedRegistration>> kept, SeedFiles files,
			Changes changes) {
		return Flux.fromIterable(matches.byRow().entrySet())
			.concatMap(row -> Flux.fromIterable(row.getValue())
				.filter(title -> !kept.get(row.getKey()).contains(title))
				.concatMap(title -> withdraw(title, kept.get(row.getKey()).get(0), files, changes)))
			.then();
	}

	/** A kept seed title, the row it follows and what may change on it. */
	private record Planned(SeedRegistration title, SeedRow row, SeedCorrection correction) {
	}

	private Mono<Void> correctAll(Map<SeedRow, List<SeedRegistration>> kept, SeedFiles files, Changes changes) {
		List<Planned> plans = new ArrayList<>();
		kept.forEach((row, titles) -> titles
			.forEach(title -> plans.add(new Planned(title, row, SeedCorrection.of(title, row)))));
		List<SeedRow> needHolders = plans.stream()
			.filter(plan -> plan.correction().fields().contains("holderId"))
			.map(Planned::row)
			.toList();
		return this.holders.resolve(needHolders)
			.flatMapMany(holderIds -> Flux.fromIterable(plans)
				.concatMap(plan -> correct(plan, holderIds.get(plan.row().holderKey()), files)))
			.doOnNext(changes.corrected::add)
			.then();
	}

	/** Corrects the title; answers its id if anything changed. */
	private Mono<String> correct(Planned plan, String holderId, SeedFiles files) {
		Registration stored = plan.title().title();
		RecordCorrection correction = new RecordCorrection(plan.row().registration(holderId),
				plan.correction().fields(), plan.correction().status(), note(plan.row(), plan.correction(), files));
		return this.registrations
			.correctRecord(stored.getId(), Versions.etag(stored.getVersion()), correction, Actor.SYSTEM)
			.filter(after -> !after.getVersion().equals(stored.getVersion()))
			.map(Registration::getId);
	}

	private Mono<Void> withdraw(SeedRegistration duplicate, SeedRegistration kept, SeedFiles files, Changes changes) {
		Registration stored = duplicate.title();
		String note = message("msg.seed.duplicate", kept.id(), files.edition());
		RecordCorrection correction = new RecordCorrection(null, Set.of(), RegistrationStatus.WITHDRAWN, note);
		return this.registrations
			.correctRecord(stored.getId(), Versions.etag(stored.getVersion()), correction, Actor.SYSTEM)
			.doOnNext(after -> changes.withdrawn.add(after.getId()))
			.then();
	}

	/**
	 * What was corrected and why: the edition and the row's source; what stays the
	 * officer's.
	 */
	private String note(SeedRow row, SeedCorrection plan, SeedFiles files) {
		StringBuilder note = new StringBuilder(message("msg.seed.corrected", files.edition(), row.source()));
		if (plan.status() == RegistrationStatus.FILED) {
			note.append(' ').append(message("msg.seed.notGranted"));
		}
		if (!plan.kept().isEmpty()) {
			note.append(' ').append(message("msg.seed.officerKept", String.join(", ", new TreeSet<>(plan.kept()))));
		}
		return note.toString();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, SeedDecisions.VIETNAMESE);
	}

	private static void report(Marker marker) {
		log.info(
				"Seed data brought to edition {}: {} titles corrected, {} duplicates withdrawn, {} added, "
						+ "{} decisions recorded{}",
				marker.edition(), marker.corrected().size(), marker.withdrawn().size(), marker.added().size(),
				marker.amended().size(), marker.left().isEmpty() ? "" : "; left to officers: " + marker.left());
	}

	/** The changes of one upgrade, gathered as it goes (one upgrade runs at a time). */
	private static final class Changes {

		final List<String> corrected = new ArrayList<>();

		final List<String> withdrawn = new ArrayList<>();

		final List<String> added = new ArrayList<>();

		final List<String> amended = new ArrayList<>();

		final List<String> left = new ArrayList<>();

		Marker marker(String id, String edition, Instant at) {
			return new Marker(id, at, edition, List.copyOf(this.corrected), List.copyOf(this.withdrawn),
					List.copyOf(this.added), List.copyOf(this.amended), List.copyOf(this.left));
		}

	}

}

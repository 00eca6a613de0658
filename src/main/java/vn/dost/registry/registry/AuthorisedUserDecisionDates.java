package vn.dost.registry.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.StartupTask;
import vn.dost.registry.shared.TimeConfiguration;

/**
 * Gives the authorised users decided on before decision dates were kept
 * ({@code statusSince}) the date of their last decision, read from the title's history:
 * the entry's date, else the day it was entered. Runs once, before the search index is
 * built; each title is changed in place (its version and history untouched: nothing was
 * decided, a fact already in the history is copied), and what changed is recorded in
 * {@code registry_meta}.
 */
@Component
class AuthorisedUserDecisionDates implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(AuthorisedUserDecisionDates.class);

	static final String MARKER = "authorised-user-decision-dates";

	static final String META = "registry_meta";

	private static final Set<HistoryAction> DECISIONS = EnumSet.of(HistoryAction.AUTHORISED_USER_SUSPEND,
			HistoryAction.AUTHORISED_USER_REINSTATE, HistoryAction.AUTHORISED_USER_REVOKE);

	private final ReactiveMongoTemplate mongo;

	private final RegistrationWriter writer;

	private final Clock clock;

	private final String collection;

	AuthorisedUserDecisionDates(ReactiveMongoTemplate mongo, RegistrationWriter writer, Clock clock) {
		this.mongo = mongo;
		this.writer = writer;
		this.clock = clock;
		this.collection = mongo.getCollectionName(Registration.class);
	}

	/** What the run changed: the titles and how many users got a date. */
	record Migrated(String id, Instant at, long users, List<String> titles) {
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Mono<Void> run() {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), META)
			.flatMap(done -> done ? Mono.empty() : migrate())
			.then();
	}

	Mono<Migrated> migrate() {
		MongoConverter converter = this.mongo.getConverter();
		List<String> titles = new ArrayList<>();
		long[] users = new long[1];
		Query decided = Query
			.query(Criteria.where("history.action").in(DECISIONS.stream().map(HistoryAction::name).toList()));
		return this.mongo.find(decided, Document.class, this.collection).concatMap(stored -> {
			Registration title = converter.read(Registration.class, stored);
			Update update = dateDecisions(title);
			if (update.getUpdateObject().isEmpty()) {
				return Mono.just(0);
			}
			int dated = ((Document) update.getUpdateObject().get("$set")).size();
			users[0] += dated;
			titles.add(title.getId());
			return this.writer.rewrite(title.getId(), stored.get("version"), update).thenReturn(dated);
		})
			.then(Mono.fromSupplier(() -> new Migrated(MARKER, this.clock.instant(), users[0], List.copyOf(titles))))
			.flatMap(migrated -> this.mongo.save(migrated, META))
			.doOnNext(migrated -> log.info("Decision dates given to {} authorised users of {} titles", migrated.users(),
					migrated.titles().size()));
	}

	/**
	 * Sets the date of each user decided on without one, in place in the stored list.
	 */
	private static Update dateDecisions(Registration title) {
		Update update = new Update();
		List<AuthorisedUser> users = title.getAuthorisedUsers();
		for (int i = 0; i < users.size(); i++) {
			AuthorisedUser user = users.get(i);
			if (user.statusSince() == null) {
				int at = i;
				lastDecision(title.getHistory(), user.id())
					.ifPresent(day -> update.set("authorisedUsers." + at + ".statusSince", day));
			}
		}
		return update;
	}

	private static Optional<LocalDate> lastDecision(List<HistoryEntry> history, String userId) {
		String status = "authorisedUsers/" + userId + "/status";
		LocalDate last = null;
		for (HistoryEntry entry : history) {
			Map<String, List<Object>> changes = entry.changes();
			if (DECISIONS.contains(entry.kind()) && changes.containsKey(status)) {
				last = entry.date() != null ? entry.date() : LocalDate.ofInstant(entry.at(), TimeConfiguration.VIETNAM);
			}
		}
		return Optional.ofNullable(last);
	}

}

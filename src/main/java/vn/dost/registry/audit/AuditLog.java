package vn.dost.registry.audit;

import java.time.Clock;
import java.util.List;

import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.dost.registry.shared.ClientAddress;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;

/**
 * The audit trail: entries are inserted, and read back newest first; nothing here updates
 * or deletes one. Callers write their entries before they answer, so an action that
 * succeeded is never missing from the trail.
 */
@Service
public class AuditLog {

	/** Longer actor names (a guessed user name can be anything) are cut to this. */
	static final int ACTOR_MAX = 100;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	AuditLog(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Puts the events on record, stamped with the time and the current request's client
	 * address; completes once they are stored.
	 */
	public Mono<Void> record(AuditEvent... events) {
		return record(List.of(events));
	}

	public Mono<Void> record(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return Mono.empty();
		}
		return ClientAddress.current()
			.map(address -> events.stream().map(event -> entry(event, address.orElse(null))).toList())
			.flatMapMany(this.mongo::insertAll)
			.then();
	}

	/** One page of the entries that match, newest first. */
	public Mono<PageResponse<AuditEntry>> find(AuditFilter filter, PageRequest page) {
		Criteria criteria = filter.criteria();
		Query query = Query.query(criteria)
			.with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
			.skip(page.offset())
			.limit(page.size());
		Flux<AuditEntry> found = this.mongo.find(query, AuditEntry.class);
		return found.collectList()
			.zipWith(this.mongo.count(Query.query(criteria), AuditEntry.class))
			.map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
	}

	private AuditEntry entry(AuditEvent event, String address) {
		String actor = event.actor() == null || event.actor().length() <= ACTOR_MAX ? event.actor()
				: event.actor().substring(0, ACTOR_MAX);
		// Object ids grow within an instance, so entries made in the same instant (one
		// change of a user can make several) read back in the order they were made.
		return new AuditEntry(new ObjectId().toHexString(), this.clock.instant(), event.action(), actor, address,
				event.target(), event.details());
	}

}

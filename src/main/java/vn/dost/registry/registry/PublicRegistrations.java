package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

import vn.dost.registry.registry.index.IndexSearches;
import vn.dost.registry.registry.index.RegistrationIndex;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.TimeConfiguration;

/**
 * What anyone may read without signing in: titles marked public that were granted (and
 * what became of them since). Filings, refused and withdrawn applications, and titles not
 * marked public do not exist here.
 */
@Service
public class PublicRegistrations {

	/**
	 * The history actions the public is told of: decisions about the title, and a
	 * producer's right to use it suspended or revoked.
	 */
	static final Set<HistoryAction> TOLD = EnumSet.of(HistoryAction.RECORDED, HistoryAction.GRANT, HistoryAction.RENEW,
			HistoryAction.AMEND, HistoryAction.TERMINATE, HistoryAction.INVALIDATE, HistoryAction.EXPIRED,
			HistoryAction.AUTHORISED_USER_SUSPEND, HistoryAction.AUTHORISED_USER_REVOKE);

	private final RegistrationService registrations;

	private final IndexSearches search;

	private final RegistrationIndex index;

	private final ReactiveMongoTemplate mongo;

	PublicRegistrations(RegistrationService registrations, IndexSearches search, RegistrationIndex index,
			ReactiveMongoTemplate mongo) {
		this.registrations = registrations;
		this.search = search;
		this.index = index;
		this.mongo = mongo;
	}

	public LocalDate today() {
		return this.registrations.today();
	}

	/**
	 * One page of the public titles the query finds, with totals and facet counts over
	 * public titles only.
	 */
	public Mono<RegistrationHits> list(RegistrationQuery query, PageRequest page) {
		return this.search.search(publicOnly(query), page, today());
	}

	/** Every public title the query finds, in its order: the open-data exports. */
	public Mono<List<RegistrationListing>> all(RegistrationQuery query) {
		return this.search.all(publicOnly(query), today());
	}

	/**
	 * The public title with its history and authorised users; not found unless the public
	 * may see it.
	 */
	public Mono<Registration> find(String id) {
		return this.registrations.require(id)
			.filter(title -> title.isPublicOn(today()))
			.switchIfEmpty(Mono.error(new RegistrationNotFound(id)));
	}

	/**
	 * The latest public changes, newest first. The public titles that changed last are
	 * taken from the search index, newest change first, and only they are read: once
	 * {@code limit} changes are found that are all newer than the next title's last
	 * change, no older title can add one. The titles that changed last may have changed
	 * in ways the public is not told of, so when they do not hold enough, more are taken.
	 * (Reading the stored titles sorted by their last change instead made the embedded
	 * database deserialise and sort every title: seconds at 100,000 titles.)
	 */
	public Mono<List<RegistrationChange>> latestChanges(int limit) {
		return latestChanges(limit, today(), 2 * Math.max(limit, 1));
	}

	private Mono<List<RegistrationChange>> latestChanges(int limit, LocalDate today, int window) {
		return this.search.changedLast(RegistrationQuery.forPublic(null, null, null, null, null, null), window, today)
			.flatMap(changed -> StoredLookups
				.findIn(this.mongo, "_id", changed.stream().map(RegistrationListing::id).toList())
				.collectMap(Registration::getId)
				.flatMap(stored -> {
					List<Registration> newestFirst = changed.stream()
						.map(listing -> stored.get(listing.id()))
						.filter(title -> title != null && title.isPublicOn(today))
						.toList();
					Optional<List<RegistrationChange>> found = newest(newestFirst, limit, changed.size() < window);
					return found.map(Mono::just).orElseGet(() -> latestChanges(limit, today, window * 4));
				}));
	}

	/**
	 * The newest {@code limit} told changes of the titles, given newest change first;
	 * empty when a title not among them could still have a newer one. Of changes made at
	 * the same instant, those of the title that changed later count as newer.
	 */
	private static Optional<List<RegistrationChange>> newest(List<Registration> newestFirst, int limit,
			boolean everyTitle) {
		Comparator<Told> oldestFirst = Comparator.comparing((Told told) -> told.change().entry().at())
			.thenComparing(Told::rank, Comparator.reverseOrder())
			.thenComparing(Told::step);
		PriorityQueue<Told> newest = new PriorityQueue<>(oldestFirst);
		boolean complete = everyTitle;
		for (int rank = 0; rank < newestFirst.size(); rank++) {
			Registration title = newestFirst.get(rank);
			if (newest.size() >= limit && !newest.peek().change().entry().at().isBefore(title.getUpdatedAt())) {
				complete = true;
				break;
			}
			List<HistoryEntry> history = title.getHistory();
			for (int step = 0; step < history.size(); step++) {
				if (TOLD.contains(history.get(step).kind())) {
					newest.add(new Told(new RegistrationChange(title, history.get(step)), rank, step));
					if (newest.size() > limit) {
						newest.poll();
					}
				}
			}
		}
		if (!complete) {
			return Optional.empty();
		}
		List<Told> changes = new ArrayList<>(newest);
		changes.sort(oldestFirst.reversed());
		return Optional.of(changes.stream().map(Told::change).toList());
	}

	/**
	 * A told change, where its title came among those changed last (0: first) and where
	 * the change comes in the title's history (0: first).
	 */
	private record Told(RegistrationChange change, int rank, int step) {
	}

	/**
	 * A fingerprint of everything the public may read as of now: it changes with every
	 * write the index takes, every rebuild and every new day (a mark may lapse
	 * overnight). For HTTP validators.
	 */
	public String stateTag() {
		return this.index.changeTag() + "-" + today();
	}

	/**
	 * When what the public may read last changed (at the latest the start of today, when
	 * marks may lapse).
	 */
	public Instant lastModified() {
		Instant changed = this.index.lastChange();
		Instant dayStarted = today().atStartOfDay(TimeConfiguration.VIETNAM).toInstant();
		return changed.isAfter(dayStarted) ? changed : dayStarted;
	}

	private static RegistrationQuery publicOnly(RegistrationQuery q) {
		return new RegistrationQuery(q.q(), q.type(), q.status(), q.province(), q.productGroup(), q.holderId(),
				q.incomplete(), q.dataIssue(), q.expiringBefore(), q.sort(), true);
	}

}

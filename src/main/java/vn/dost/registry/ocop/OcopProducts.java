package vn.dost.registry.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.SearchWords;
import vn.dost.registry.shared.Versions;

/**
 * The OCOP products: what officers enter, correct and re-certify, each change and its
 * history entry in one single-document write guarded by the version; and the read-only
 * figures other features use (certificates running out, counts by star rating).
 */
@Service
public class OcopProducts {

	private final ReactiveMongoTemplate mongo;

	private final OcopDrafts drafts;

	private final RegistrationService registrations;

	private final Provinces provinces;

	private final Clock clock;

	OcopProducts(ReactiveMongoTemplate mongo, OcopDrafts drafts, RegistrationService registrations, Provinces provinces,
			Clock clock) {
		this.mongo = mongo;
		this.drafts = drafts;
		this.registrations = registrations;
		this.provinces = provinces;
		this.clock = clock;
	}

	public Mono<OcopProduct> create(OcopDraft draft, Actor actor) {
		return Mono.defer(() -> {
			requireWriter(actor);
			return this.drafts.check(draft);
		}).flatMap(facts -> {
			requireWrite(facts.currentProvinces(), actor);
			return this.mongo.insert(OcopProduct.create(facts, actor.username(), this.clock.instant()));
		});
	}

	/**
	 * Checks a product as {@link #create} and {@link #update} do, writing nothing; fails
	 * with {@link InvalidInput}.
	 */
	public Mono<Void> check(OcopDraft draft) {
		return this.drafts.check(draft).then();
	}

	/**
	 * Checks a re-certification of the product as {@link #recertify} does, writing
	 * nothing.
	 */
	public Mono<Void> checkRecertification(String id, Recertification recertification) {
		return require(id)
			.doOnNext(existing -> this.drafts.checkRecertification(recertification, existing.getCertifiedOn()))
			.then();
	}

	/**
	 * The product, if the actor may read it: officers and admins read all, a holder's
	 * user only its own.
	 */
	public Mono<OcopProduct> find(String id, Actor actor) {
		return require(id).doOnNext(product -> {
			if (!actor.mayReadHolder(product.getHolderId())) {
				throw new NotAllowed("msg.notOwnProduct");
			}
		});
	}

	/**
	 * A page of the products the query finds, in Vietnamese name order; a holder's user
	 * sees only its own.
	 */
	public Mono<PageResponse<OcopProduct>> list(OcopQuery query, PageRequest page, Actor actor) {
		if (!actor.readsAll() && query.holderId() != null && !query.holderId().equals(actor.holderId())) {
			return Mono.error(new NotAllowed("msg.notOwnProduct"));
		}
		return Mono.fromCallable(() -> Query.query(criteria(query, actor))).flatMap(filter -> {
			Query paged = Query.of(filter).with(Sort.by("nameSortKey", "_id")).skip(page.offset()).limit(page.size());
			return this.mongo.find(paged, OcopProduct.class)
				.collectList()
				.zipWith(this.mongo.count(filter, OcopProduct.class))
				.map(found -> PageResponse.of(found.getT1(), page, found.getT2()));
		});
	}

	/**
	 * The products that link to the title, in Vietnamese name order; a holder's user sees
	 * only its own.
	 */
	public Flux<OcopProduct> linkedTo(String titleId, Actor actor) {
		return Mono
			.fromCallable(() -> Query
				.query(new Criteria().andOperator(criteria(new OcopQuery(null, null, null, null, null), actor),
						Criteria.where("facts.registrationIds").is(titleId))))
			.flatMapMany(filter -> this.mongo.find(filter.with(Sort.by("nameSortKey", "_id")), OcopProduct.class));
	}

	/**
	 * Replaces the descriptive fields; a star change made this way is recorded as
	 * {@code UPDATED}.
	 */
	public Mono<OcopProduct> update(String id, String ifMatch, OcopDraft draft, Actor actor) {
		return writable(id, ifMatch, actor).flatMap(existing -> this.drafts.check(draft).flatMap(facts -> {
			requireWrite(facts.currentProvinces(), actor);
			return existing.update(facts, actor.username(), this.clock.instant()) ? this.mongo.save(existing)
					: Mono.just(existing);
		}));
	}

	/** Records a new certification, dated no earlier than the current one. */
	public Mono<OcopProduct> recertify(String id, String ifMatch, Recertification recertification, Actor actor) {
		return writable(id, ifMatch, actor).flatMap(existing -> {
			String decision = this.drafts.checkRecertification(recertification, existing.getCertifiedOn());
			existing.recertify(recertification.stars(), decision, recertification.certifiedOn(), actor.username(),
					this.clock.instant());
			return this.mongo.save(existing);
		});
	}

	/**
	 * The ids of the titles granted today among those the products link to, looked up in
	 * one query, so that {@link OcopProduct#dataIssues(Set)} can be answered for a whole
	 * page.
	 */
	public Mono<Set<String>> grantedTitles(Collection<OcopProduct> products) {
		Set<String> linked = products.stream()
			.flatMap(product -> product.getRegistrationIds().stream())
			.collect(Collectors.toSet());
		if (linked.isEmpty()) {
			return Mono.just(Set.of());
		}
		return this.registrations.statuses(linked)
			.map(statuses -> statuses.entrySet()
				.stream()
				.filter(entry -> entry.getValue() == RegistrationStatus.GRANTED)
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet()));
	}

	/**
	 * The ids among the given titles that at least one product links to, in one query.
	 */
	public Mono<Set<String>> linkedTitles(Collection<String> titleIds) {
		if (titleIds.isEmpty()) {
			return Mono.just(Set.of());
		}
		return this.mongo.find(Query.query(Criteria.where("facts.registrationIds").in(titleIds)), OcopProduct.class)
			.flatMapIterable(OcopProduct::getRegistrationIds)
			.filter(titleIds::contains)
			.collect(Collectors.toSet());
	}

	/**
	 * The products, in any province, whose certificate's last valid day lies within
	 * {@code [from, to]} (both included), soonest first; for deadlines and reports. Both
	 * dates are required.
	 */
	public Flux<OcopProduct> validUntilBetween(LocalDate from, LocalDate to) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Query query = Query.query(Criteria.where("validUntil").gte(from).lte(to))
			.with(Sort.by("validUntil", "nameSortKey", "_id"));
		return this.mongo.find(query, OcopProduct.class);
	}

	/**
	 * How many products have 3, 4 and 5 stars (every key present, 0 when none): of the
	 * 2025 province covering {@code province} (any spelling of a former or current name),
	 * or of every province when it is null. An unknown province name fails with
	 * {@link InvalidInput} on {@code province}.
	 */
	public Mono<Map<Integer, Long>> countByStars(String province) {
		return Mono
			.fromCallable(() -> province == null ? new Criteria()
					: Criteria.where("facts.currentProvinces")
						.is(this.provinces.currentOf(this.provinces.require(province, "province")).orElseThrow()))
			.flatMapMany(
					filter -> this.mongo.aggregate(
							Aggregation.newAggregation(Aggregation.match(filter),
									Aggregation.group("facts.stars").count().as("count")),
							OcopProduct.class, Document.class))
			.collectMap(group -> ((Number) group.get("_id")).intValue(),
					group -> ((Number) group.get("count")).longValue())
			.map(found -> {
				Map<Integer, Long> counts = new LinkedHashMap<>();
				for (int stars = 3; stars <= 5; stars++) {
					counts.put(stars, found.getOrDefault(stars, 0L));
				}
				return counts;
			});
	}

	private Mono<OcopProduct> require(String id) {
		return this.mongo.findById(id, OcopProduct.class).switchIfEmpty(Mono.error(new OcopProductNotFound(id)));
	}

	/**
	 * The stored product, once the actor is known to be allowed to change it in the
	 * version it read.
	 */
	private Mono<OcopProduct> writable(String id, String ifMatch, Actor actor) {
		return Mono.fromRunnable(() -> requireWriter(actor)).then(require(id)).doOnNext(existing -> {
			Versions.requireMatch(ifMatch, existing.getVersion());
			requireWrite(existing.getCurrentProvinces(), actor);
		});
	}

	private Criteria criteria(OcopQuery query, Actor actor) {
		List<Criteria> parts = new ArrayList<>(SearchWords.criteria("searchText", query.q()));
		if (query.stars() != null) {
			if (query.stars() < 3 || query.stars() > 5) {
				throw InvalidInput.of("stars", "validation.stars");
			}
			parts.add(Criteria.where("facts.stars").is(query.stars()));
		}
		if (query.province() != null && !query.province().isBlank()) {
			parts.add(Criteria.where("provinceKeys").is(this.provinces.require(query.province(), "province")));
		}
		if (query.expiringBefore() != null) {
			parts.add(Criteria.where("validUntil").lt(query.expiringBefore()));
		}
		String holder = actor.readsAll() ? query.holderId() : Objects.requireNonNullElse(actor.holderId(), "-");
		if (holder != null) {
			parts.add(Criteria.where("facts.holderId").is(holder));
		}
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

	/** Only admins and officers write OCOP products; a holder's user reads its own. */
	private static void requireWriter(Actor actor) {
		if (!actor.isAdmin() && !actor.isOfficer()) {
			throw new NotAllowed("msg.ocopReadOnly");
		}
	}

	private static void requireWrite(List<String> currentProvinces, Actor actor) {
		if (!actor.mayWriteIn(currentProvinces)) {
			throw new NotAllowed("msg.outsideProvinces");
		}
	}

}

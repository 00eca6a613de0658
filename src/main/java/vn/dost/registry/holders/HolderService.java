package vn.dost.registry.holders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.security.Actor;
import vn.dost.registry.security.KnownHolders;
import vn.dost.registry.shared.Conflict;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.SearchWords;
import vn.dost.registry.shared.VietnameseText;
import vn.dost.registry.shared.Versions;
import vn.dost.registry.shared.Violations;

/** Reads and changes holders, within what the acting user may see and write. */
@Service
public class HolderService implements KnownHolders {

	private static final int NAME_MAX = 200;

	private static final int ADDRESS_MAX = 1000;

	/** Ten digits, or thirteen for a branch ({@code 4200123456-001}). */
	private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");

	private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,25}");

	private final Holders holders;

	private final ReactiveMongoTemplate mongo;

	private final Provinces provinces;

	private final List<HolderReferences> references;

	private final Clock clock;

	HolderService(Holders holders, ReactiveMongoTemplate mongo, Provinces provinces, List<HolderReferences> references,
			Clock clock) {
		this.holders = holders;
		this.mongo = mongo;
		this.provinces = provinces;
		this.references = references;
		this.clock = clock;
	}

	/** A holder as sent by a client, before it is checked. */
	public record Draft(String name, HolderKind kind, String address, String province, String taxCode,
			String representative, String phone, String email) {
	}

	@Override
	public Mono<Boolean> exists(String holderId) {
		return this.holders.existsById(holderId);
	}

	/** The holder with this id, whoever asks: for other features that show its name. */
	public Mono<Holder> require(String id) {
		return this.holders.findById(id).switchIfEmpty(Mono.error(new HolderNotFound(id)));
	}

	public Mono<Holder> find(String id, Actor actor) {
		if (!actor.mayReadHolder(id)) {
			return Mono.error(new NotAllowed("msg.notOwnHolder"));
		}
		return require(id);
	}

	public Mono<PageResponse<Holder>> list(String q, PageRequest page, Actor actor) {
		List<Criteria> parts = new ArrayList<>(SearchWords.criteria("nameFolded", q));
		if (!actor.readsAll()) {
			parts.add(Criteria.where("_id").is(Objects.requireNonNullElse(actor.holderId(), "")));
		}
		Query query = Query.query(parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts));
		Flux<Holder> items = this.mongo.find(
				Query.of(query).with(Sort.by("nameSortKey", "_id")).skip(page.offset()).limit(page.size()),
				Holder.class);
		return items.collectList()
			.zipWith(this.mongo.count(query, Holder.class))
			.map(found -> PageResponse.of(found.getT1(), page, found.getT2()));
	}

	public Mono<Holder> create(Draft draft, Actor actor) {
		Holder.Facts facts = check(draft);
		requireWrite(facts, actor);
		return this.mongo.insert(Holder.create(null, facts, this.clock.instant()));
	}

	/**
	 * Creates the holders with known ids that do not exist yet, in one write: for seed
	 * data and imports. Answers how many were created.
	 */
	public Mono<Integer> ensureAll(Map<String, Draft> byId) {
		Query existing = Query.query(Criteria.where("_id").in(byId.keySet()));
		existing.fields().include("_id");
		return this.mongo.find(existing, Holder.class).map(Holder::id).collect(Collectors.toSet()).flatMap(found -> {
			Instant now = this.clock.instant();
			List<Holder> missing = byId.entrySet()
				.stream()
				.filter(entry -> !found.contains(entry.getKey()))
				.map(entry -> Holder.create(entry.getKey(), check(entry.getValue()), now))
				.toList();
			return missing.isEmpty() ? Mono.just(0) : this.mongo.insertAll(missing).count().map(Long::intValue);
		});
	}

	/**
	 * The holders whose names fold (no case, no diacritics, see
	 * {@link VietnameseText#fold}) to one of the given names, keyed by the folded name;
	 * where several share one, the earliest created.
	 */
	public Mono<Map<String, Holder>> byFoldedNames(Collection<String> folded) {
		Query query = Query.query(Criteria.where("nameFolded").in(folded)).with(Sort.by("createdAt", "_id"));
		return this.mongo.find(query, Holder.class).collectList().map(found -> {
			Map<String, Holder> byName = new LinkedHashMap<>();
			found.forEach(holder -> byName.putIfAbsent(holder.nameFolded(), holder));
			return byName;
		});
	}

	public Mono<Holder> update(String id, String ifMatch, Draft draft, Actor actor) {
		Holder.Facts facts = check(draft);
		return require(id).flatMap(existing -> {
			Versions.requireMatch(ifMatch, existing.version());
			requireWrite(existing.currentProvince(), actor);
			requireWrite(facts, actor);
			return this.holders.save(existing.update(facts, this.clock.instant()))
				.flatMap(saved -> saved.name().equals(existing.name()) ? Mono.just(saved) : Flux
					.fromIterable(this.references)
					.concatMap(reference -> reference.holderRenamed(id, this.holders.findById(id).map(Holder::name)))
					.then(Mono.just(saved)));
		});
	}

	public Mono<Void> delete(String id, String ifMatch, Actor actor) {
		return require(id).flatMap(existing -> {
			Versions.requireMatch(ifMatch, existing.version());
			requireWrite(existing.currentProvince(), actor);
			return Flux.fromIterable(this.references)
				.concatMap(reference -> reference.isReferenced(id))
				.any(Boolean::booleanValue)
				.flatMap(referenced -> referenced ? Mono.error(new Conflict("holder-in-use", existing.name()))
						: this.holders.delete(existing));
		});
	}

	/**
	 * Checks a holder an import would create, as {@link #create} would; throws
	 * {@code InvalidInput}.
	 */
	public void requireValid(Draft draft) {
		check(draft);
	}

	/**
	 * Checks every field at once (also for imports, which do not pass the web layer) and
	 * cleans it to NFC.
	 */
	private Holder.Facts check(Draft draft) {
		Violations violations = new Violations();
		String name = violations.text(draft.name(), "name", NAME_MAX);
		violations.when(name == null, "name", "validation.required");
		violations.when(draft.kind() == null, "kind", "validation.required");
		String address = violations.text(draft.address(), "address", ADDRESS_MAX);
		String representative = violations.text(draft.representative(), "representative", NAME_MAX);
		String taxCode = violations.matching(draft.taxCode(), TAX_CODE, "taxCode", "validation.taxCode");
		String phone = violations.matching(draft.phone(), PHONE, "phone", "validation.phone");
		String email = violations.email(draft.email(), "email");
		String province = null;
		String current = null;
		String given = VietnameseText.clean(draft.province());
		if (given != null) {
			province = this.provinces.canonicalName(given).orElse(null);
			current = this.provinces.currentOf(given).orElse(null);
			if (province == null) {
				violations.add(this.provinces.unknown("province", given));
			}
		}
		violations.throwIfAny();
		return new Holder.Facts(name, draft.kind(), address, province, current, taxCode, representative, phone, email);
	}

	private static void requireWrite(Holder.Facts facts, Actor actor) {
		requireWrite(facts.currentProvince(), actor);
	}

	/**
	 * Officers write holders of their provinces, and holders with no province recorded.
	 */
	private static void requireWrite(String currentProvince, Actor actor) {
		boolean allowed = actor.isAdmin()
				|| (actor.isOfficer() && (currentProvince == null || actor.mayWriteIn(List.of(currentProvince))));
		if (!allowed) {
			throw new NotAllowed("msg.outsideProvinces");
		}
	}

}

package vn.dost.registry.ocop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.dost.registry.shared.VietnameseText;

/**
 * A product certified under the OCOP programme with 3 to 5 stars, with its whole history.
 * One document: a change and its history entry are written in one update, guarded by the
 * version.
 */
@Document("ocop_products")
public class OcopProduct {

	/** Flagged on a 4★ or 5★ product none of whose linked titles is granted today. */
	public static final String REGISTERED_MARK_MISSING = "registeredMark.missing";

	/** Flagged on a product with no holder organisation recorded. */
	public static final String HOLDER_MISSING = "holderId.missing";

	@Id
	private String id;

	@Version
	private Long version;

	private OcopFacts facts;

	private LocalDate validUntil;

	/**
	 * The product's own province and the 2025 province covering it: what a province
	 * filter matches.
	 */
	private List<String> provinceKeys;

	private String searchText;

	private String nameSortKey;

	private Instant createdAt;

	private Instant updatedAt;

	private List<OcopHistoryEntry> history = new ArrayList<>();

	OcopProduct() {
	}

	static OcopProduct create(OcopFacts facts, String actor, Instant now) {
		OcopProduct product = new OcopProduct();
		product.id = UUID.randomUUID().toString();
		product.facts = facts;
		product.createdAt = now;
		product.updatedAt = now;
		product.refresh();
		product.history
			.add(new OcopHistoryEntry(now, actor, OcopHistoryEntry.Action.CREATED, OcopFacts.changes(null, facts)));
		return product;
	}

	/**
	 * Replaces the descriptive facts; false (and nothing recorded) when nothing changes.
	 */
	boolean update(OcopFacts next, String actor, Instant now) {
		return change(next, OcopHistoryEntry.Action.UPDATED, actor, now);
	}

	/**
	 * Records a new certification; the caller has checked that it is not dated before the
	 * current one. Recorded even when the decision repeats the current facts.
	 */
	void recertify(int stars, String decisionNumber, LocalDate certifiedOn, String actor, Instant now) {
		OcopFacts next = this.facts.recertified(stars, decisionNumber, certifiedOn);
		if (!change(next, OcopHistoryEntry.Action.RECERTIFIED, actor, now)) {
			this.history.add(new OcopHistoryEntry(now, actor, OcopHistoryEntry.Action.RECERTIFIED, Map.of()));
			this.updatedAt = now;
		}
	}

	private boolean change(OcopFacts next, OcopHistoryEntry.Action action, String actor, Instant now) {
		Map<String, List<Object>> changes = OcopFacts.changes(this.facts, next);
		if (changes.isEmpty()) {
			return false;
		}
		this.facts = next;
		this.updatedAt = now;
		refresh();
		this.history.add(new OcopHistoryEntry(now, actor, action, changes));
		return true;
	}

	/**
	 * What an officer still has to complete or check, given which titles are granted
	 * today: a 4★ or 5★ product must hold a registered mark, and every product should
	 * name its holder.
	 */
	public List<String> dataIssues(Set<String> grantedTitleIds) {
		List<String> issues = new ArrayList<>();
		if (this.facts.stars() >= 4 && this.facts.registrationIds().stream().noneMatch(grantedTitleIds::contains)) {
			issues.add(REGISTERED_MARK_MISSING);
		}
		if (this.facts.holderId() == null) {
			issues.add(HOLDER_MISSING);
		}
		return issues;
	}

	/**
	 * Recomputes the derived fields from the facts: validity, province keys, search text,
	 * sort key.
	 */
	private void refresh() {
		OcopFacts f = this.facts;
		this.validUntil = f.validUntil();
		Set<String> provinces = new LinkedHashSet<>();
		provinces.add(f.province());
		provinces.addAll(f.currentProvinces());
		this.provinceKeys = List.copyOf(provinces);
		this.searchText = VietnameseText.fold(Stream.of(f.name(), f.producerName(), f.commune())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" ")));
		this.nameSortKey = VietnameseText.collationKey(f.name());
	}

	public String getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public String getName() {
		return this.facts.name();
	}

	public String getProducerName() {
		return this.facts.producerName();
	}

	public String getHolderId() {
		return this.facts.holderId();
	}

	/** The province as certified, former or current, in its canonical spelling. */
	public String getProvince() {
		return this.facts.province();
	}

	/** The 2025 provinces covering the product's province (one). */
	public List<String> getCurrentProvinces() {
		return this.facts.currentProvinces();
	}

	public String getCommune() {
		return this.facts.commune();
	}

	public OcopProductGroup getProductGroup() {
		return this.facts.productGroup();
	}

	public int getStars() {
		return this.facts.stars();
	}

	public String getDecisionNumber() {
		return this.facts.decisionNumber();
	}

	public LocalDate getCertifiedOn() {
		return this.facts.certifiedOn();
	}

	/** The last day the current certificate is valid: 36 months after it was issued. */
	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	/** The ids of the titles (marks, geographical indications) protecting the product. */
	public List<String> getRegistrationIds() {
		return this.facts.registrationIds();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** The history, oldest first; read-only. */
	public List<OcopHistoryEntry> getHistory() {
		return List.copyOf(this.history);
	}

}

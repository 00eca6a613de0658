package vn.dost.registry.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.KnownHolders;
import vn.dost.registry.shared.TimeConfiguration;
import vn.dost.registry.shared.VietnameseText;
import vn.dost.registry.shared.Violations;

/**
 * Checks what a client sends about an OCOP product, every field at once and before
 * anything is written, including that the holder and the linked titles exist.
 */
@Component
class OcopDrafts {

	static final int TEXT_MAX = 200;

	static final int DECISION_MAX = 100;

	static final int LINKS_MAX = 50;

	private final Provinces provinces;

	private final KnownHolders holders;

	private final RegistrationService registrations;

	private final Clock clock;

	OcopDrafts(Provinces provinces, KnownHolders holders, RegistrationService registrations, Clock clock) {
		this.provinces = provinces;
		this.holders = holders;
		this.registrations = registrations;
		this.clock = clock;
	}

	Mono<OcopFacts> check(OcopDraft draft) {
		Violations violations = new Violations();
		String name = violations.text(draft.name(), "name", TEXT_MAX);
		violations.when(name == null, "name", "validation.required");
		String producer = violations.text(draft.producerName(), "producerName", TEXT_MAX);
		String commune = violations.text(draft.commune(), "commune", TEXT_MAX);
		String decision = violations.text(draft.decisionNumber(), "decisionNumber", DECISION_MAX);
		violations.when(draft.productGroup() == null, "productGroup", "validation.required");
		checkStars(draft.stars(), violations);
		checkCertifiedOn(draft.certifiedOn(), violations);
		String province = province(draft.province(), violations);
		String holderId = VietnameseText.clean(draft.holderId());
		List<String> links = links(draft.registrationIds(), violations);
		// More links than allowed are not looked up: the request fails on their number
		// anyway.
		List<String> lookedUp = links.size() > LINKS_MAX ? List.of() : links;
		return Mono.zip(holderExists(holderId), unknownTitles(lookedUp)).map(found -> {
			violations.when(!found.getT1(), "holderId", "validation.unknownHolder");
			violations.when(!found.getT2().isEmpty(), "registrationIds", "validation.unknownRegistrations",
					String.join(", ", found.getT2()));
			violations.throwIfAny();
			List<String> current = List.of(this.provinces.currentOf(province).orElseThrow());
			return new OcopFacts(name, producer, holderId, province, current, commune, draft.productGroup(),
					draft.stars(), decision, draft.certifiedOn(), links);
		});
	}

	/**
	 * Checks a re-certification of a product certified on {@code current}: the new date
	 * may not precede it. Answers the decision number cleaned to NFC.
	 */
	String checkRecertification(Recertification recertification, LocalDate current) {
		Violations violations = new Violations();
		checkStars(recertification.stars(), violations);
		LocalDate date = recertification.certifiedOn();
		checkCertifiedOn(date, violations);
		violations.when(date != null && date.isBefore(current), "certifiedOn", "validation.recertifiedBefore",
				current.toString());
		String decision = violations.text(recertification.decisionNumber(), "decisionNumber", DECISION_MAX);
		violations.throwIfAny();
		return decision;
	}

	private void checkCertifiedOn(LocalDate certifiedOn, Violations violations) {
		violations.when(certifiedOn == null, "certifiedOn", "validation.required");
		violations.when(certifiedOn != null && certifiedOn.isAfter(TimeConfiguration.today(this.clock)), "certifiedOn",
				"validation.future");
	}

	private static void checkStars(Integer stars, Violations violations) {
		violations.when(stars == null, "stars", "validation.required");
		violations.when(stars != null && (stars < 3 || stars > 5), "stars", "validation.stars");
	}

	private String province(String value, Violations violations) {
		String given = VietnameseText.clean(value);
		violations.when(given == null, "province", "validation.required");
		String known = given == null ? null : this.provinces.canonicalName(given).orElse(null);
		if (given != null && known == null) {
			violations.add(this.provinces.unknown("province", given));
		}
		return known;
	}

	/**
	 * The linked title ids, cleaned and without repeats; a blank one stays, to be
	 * reported as unknown.
	 */
	private static List<String> links(List<String> given, Violations violations) {
		Set<String> ids = new LinkedHashSet<>();
		for (String id : given == null ? List.<String>of() : given) {
			ids.add(Objects.requireNonNullElse(VietnameseText.clean(id), ""));
		}
		violations.when(ids.size() > LINKS_MAX, "registrationIds", "validation.tooMany", LINKS_MAX);
		return List.copyOf(ids);
	}

	private Mono<Boolean> holderExists(String holderId) {
		return holderId == null ? Mono.just(true) : this.holders.exists(holderId);
	}

	/** The ids among the links that name no title; no look-up when there are none. */
	private Mono<List<String>> unknownTitles(List<String> links) {
		if (links.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.registrations.statuses(links)
			.map(known -> links.stream().filter(id -> !known.containsKey(id)).toList());
	}

}

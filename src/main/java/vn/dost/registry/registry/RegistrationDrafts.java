package vn.dost.registry.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.holders.HolderNotFound;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.TimeConfiguration;
import vn.dost.registry.shared.VietnameseText;
import vn.dost.registry.shared.Violations;

/**
 * Checks a draft and turns it into {@link RegistrationFacts}: every field at once, in the
 * user's language, before anything is written. Number formats are checked leniently
 * (legacy numbers exist): an unusual but harmless number is kept and flagged in
 * {@code dataIssues}.
 */
@Component
public class RegistrationDrafts {

	static final int NAME_MAX = 200;

	static final int TEXT_MAX = 10_000;

	private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z/.\\-]{1,40}");

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

	private static final String VIETNAM = "Việt Nam";

	private final Provinces provinces;

	private final HolderService holders;

	private final Clock clock;

	RegistrationDrafts(Provinces provinces, HolderService holders, Clock clock) {
		this.provinces = provinces;
		this.holders = holders;
		this.clock = clock;
	}

	/**
	 * Checks a draft for a record in the given status. A new filing must name its filing
	 * date and holder; a recorded title may lack facts, which then show as data issues.
	 */
	public Mono<RegistrationFacts> check(RegistrationDraft draft, RegistrationStatus status, boolean newFiling) {
		return holderName(draft.holderId()).map(name -> {
			Violations violations = new Violations();
			violations.when(name.isEmpty(), "holderId", "validation.unknownHolder");
			return checkFields(draft, status, newFiling, null, violations)
				.withHolderName(name.filter(known -> !known.isEmpty()).orElse(null));
		});
	}

	/**
	 * Checks a draft whose holder is known by name rather than looked up (imports resolve
	 * holders, and create the missing ones, themselves); throws {@link InvalidInput} with
	 * every violation. Reads nothing.
	 */
	public RegistrationFacts checkFields(RegistrationDraft draft, RegistrationStatus status, boolean newFiling,
			String holderName) {
		return checkFields(draft, status, newFiling, holderName, new Violations());
	}

	/**
	 * Checks the draft's fields, adding to what was found already; throws with all of it.
	 */
	private RegistrationFacts checkFields(RegistrationDraft draft, RegistrationStatus status, boolean newFiling,
			String holderName, Violations violations) {
		RegistrationType type = draft.type();
		violations.when(type == null, "type", "validation.required");
		String name = violations.text(draft.name(), "name", NAME_MAX);
		violations.when(name == null, "name", "validation.required");
		String product = violations.text(draft.product(), "product", TEXT_MAX);
		violations.when(product == null, "product", "validation.required");
		List<String> aliases = aliases(draft.aliases(), violations);
		List<Integer> nice = niceClasses(draft, type, newFiling, violations);
		String country = violations.text(draft.country(), "country", NAME_MAX);
		country = VIETNAM.equalsIgnoreCase(String.valueOf(country)) ? null : country;
		String province = province(draft.province(), "province", violations);
		List<String> additional = new ArrayList<>();
		for (String other : draft.additionalProvinces() == null ? List.<String>of() : draft.additionalProvinces()) {
			String known = province(other, "additionalProvinces", violations);
			if (known != null && !known.equals(province)) {
				additional.add(known);
			}
		}
		violations.when(province == null && country == null && draft.province() == null, "province",
				"validation.provinceOrCountry");
		violations.when(province != null && country != null, "country", "validation.provinceAndCountry");
		violations.when(province == null && !additional.isEmpty(), "additionalProvinces",
				"validation.additionalWithoutProvince");
		String applicationNumber = number(draft.applicationNumber(), "applicationNumber", violations);
		String registrationNumber = number(draft.registrationNumber(), "registrationNumber", violations);
		checkDates(draft, violations);
		String partial = VietnameseText.clean(draft.grantDatePartial());
		violations.when(partial != null && !PARTIAL_DATE.matcher(partial).matches(), "grantDatePartial",
				"validation.partialDate");
		violations.when(status == RegistrationStatus.EXPIRED && type != null && !type.isMark(), "status",
				"validation.giNeverExpires");
		if (newFiling) {
			violations.when(draft.filingDate() == null, "filingDate", "validation.required");
			violations.when(draft.holderId() == null, "holderId", "validation.required");
		}
		String area = violations.text(draft.area(), "area", TEXT_MAX);
		String sign = violations.text(draft.sign(), "sign", TEXT_MAX);
		String decision = violations.text(draft.grantDecision(), "grantDecision", NAME_MAX);
		String description = violations.text(draft.description(), "description", TEXT_MAX);
		String characteristics = violations.text(draft.specificCharacteristics(), "specificCharacteristics", TEXT_MAX);
		violations.throwIfAny();
		List<String> current = currentProvinces(province, additional);
		String givenCountry = country;
		String grantPartial = draft.grantDate() == null ? partial : null;
		boolean listed = Boolean.TRUE.equals(draft.publicListing());
		return new RegistrationFacts(type, name, sign, aliases, product, draft.productGroup(), nice, province,
				additional, givenCountry, current, area, applicationNumber, draft.filingDate(), registrationNumber,
				draft.grantDate(), grantPartial, decision, draft.holderId(), holderName, description, characteristics,
				listed);
	}

	/**
	 * A number as typed, without surrounding spaces; rejected only when it has characters
	 * no number has.
	 */
	String number(String value, String field, Violations violations) {
		String number = VietnameseText.clean(value);
		if (number != null) {
			number = number.replaceAll("\\s+", "");
			violations.when(!NUMBER.matcher(number).matches(), field, "validation.number");
		}
		return number;
	}

	/**
	 * The name of the draft's holder: empty text when it names none, nothing when it
	 * names one that does not exist.
	 */
	private Mono<Optional<String>> holderName(String holderId) {
		if (holderId == null) {
			return Mono.just(Optional.of(""));
		}
		return this.holders.require(holderId)
			.map(holder -> Optional.of(holder.name()))
			.onErrorResume(HolderNotFound.class, ex -> Mono.just(Optional.empty()));
	}

	private List<String> currentProvinces(String province, List<String> additional) {
		Set<String> current = new LinkedHashSet<>();
		if (province != null) {
			current.add(this.provinces.currentOf(province).orElseThrow());
		}
		additional.forEach(other -> current.add(this.provinces.currentOf(other).orElseThrow()));
		return List.copyOf(current);
	}

	private String province(String value, String field, Violations violations) {
		String given = VietnameseText.clean(value);
		if (given == null) {
			return null;
		}
		String known = this.provinces.canonicalName(given).orElse(null);
		if (known == null) {
			violations.add(this.provinces.unknown(field, given));
		}
		return known;
	}

	private void checkDates(RegistrationDraft draft, Violations violations) {
		LocalDate today = TimeConfiguration.today(this.clock);
		violations.when(draft.filingDate() != null && draft.filingDate().isAfter(today), "filingDate",
				"validation.future");
		violations.when(draft.grantDate() != null && draft.grantDate().isAfter(today), "grantDate",
				"validation.future");
		violations.when(draft.filingDate() != null && draft.grantDate() != null
				&& draft.grantDate().isBefore(draft.filingDate()), "grantDate", "validation.grantBeforeFiling");
	}

	private static List<Integer> niceClasses(RegistrationDraft draft, RegistrationType type, boolean newFiling,
			Violations violations) {
		List<Integer> given = draft.niceClasses() == null ? List.of() : draft.niceClasses();
		Set<Integer> classes = new TreeSet<>();
		for (Integer nice : given) {
			violations.when(nice == null || nice < 1 || nice > 45, "niceClasses", "validation.niceClass");
			if (nice != null) {
				classes.add(nice);
			}
		}
		if (type != null && !type.isMark()) {
			violations.when(!classes.isEmpty(), "niceClasses", "validation.giNiceClasses");
		}
		else if (type != null && newFiling) {
			violations.when(classes.isEmpty(), "niceClasses", "validation.markNiceClasses");
		}
		return List.copyOf(classes);
	}

	private static List<String> aliases(List<String> given, Violations violations) {
		Set<String> aliases = new LinkedHashSet<>();
		for (String alias : given == null ? List.<String>of() : given) {
			String clean = VietnameseText.clean(alias);
			violations.when(clean != null && clean.length() > NAME_MAX, "aliases", "validation.tooLong", NAME_MAX);
			if (clean != null) {
				aliases.add(clean);
			}
		}
		violations.when(aliases.size() > 50, "aliases", "validation.tooMany", 50);
		return List.copyOf(aliases);
	}

}

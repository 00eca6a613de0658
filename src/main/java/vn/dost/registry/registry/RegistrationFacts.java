package vn.dost.registry.registry;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import vn.dost.registry.shared.Changes;
import vn.dost.registry.shared.Records;

/**
 * The descriptive facts of a title as checked by {@link RegistrationDrafts}: text in NFC,
 * provinces in their canonical spelling, the 2025 provinces derived, the holder's name
 * looked up.
 */
public record RegistrationFacts(RegistrationType type, String name, String sign, List<String> aliases, String product,
		ProductGroup productGroup, List<Integer> niceClasses, String province, List<String> additionalProvinces,
		String country, List<String> currentProvinces, String area, String applicationNumber, LocalDate filingDate,
		String registrationNumber, LocalDate grantDate, String grantDatePartial, String grantDecision, String holderId,
		String holderName, String description, String specificCharacteristics, boolean publicListing) {

	/** Derived or denormalised facts, left out of a title's change history. */
	private static final List<String> NOT_IN_HISTORY = List.of("currentProvinces", "holderName");

	public RegistrationFacts {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		niceClasses = niceClasses == null ? List.of() : List.copyOf(niceClasses);
		additionalProvinces = additionalProvinces == null ? List.of() : List.copyOf(additionalProvinces);
		currentProvinces = currentProvinces == null ? List.of() : List.copyOf(currentProvinces);
	}

	/**
	 * The day it counts as granted: its grant date, or for a grant known only by year or
	 * month ({@code 2021}, {@code 2021-05}) the last day of that period; null when no
	 * grant date is known.
	 */
	public LocalDate grantedOn() {
		if (this.grantDate != null) {
			return this.grantDate;
		}
		if (this.grantDatePartial == null || this.grantDatePartial.isBlank()) {
			return null;
		}
		return this.grantDatePartial.length() == 4 ? Year.parse(this.grantDatePartial).atMonth(12).atEndOfMonth()
				: YearMonth.parse(this.grantDatePartial).atEndOfMonth();
	}

	/** The same facts with the holder's name as it is now stored. */
	public RegistrationFacts withHolderName(String newName) {
		return Records.with(this, "holderName", newName);
	}

	/**
	 * Each fact that differs between the two, as {@code field → [old, new]} in a storable
	 * form ({@link Changes}).
	 */
	public Map<String, List<Object>> changesTo(RegistrationFacts next) {
		return Changes.between(this, next, RegistrationFacts::inHistory);
	}

	/** Every fact of a new title, as changes from nothing. */
	static Map<String, List<Object>> entered(RegistrationFacts facts) {
		return Changes.between(null, facts, RegistrationFacts::inHistory);
	}

	/** A fact's name in history; null for the derived or denormalised ones left out. */
	private static String inHistory(String fact) {
		if (NOT_IN_HISTORY.contains(fact)) {
			return null;
		}
		return fact.equals("publicListing") ? "public" : fact;
	}

}

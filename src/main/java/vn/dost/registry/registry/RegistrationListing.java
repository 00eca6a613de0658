package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dost.registry.shared.TimeConfiguration;

/**
 * A registration as listings, searches, suggestions and reports see it: the search
 * index's row. It is the stored record without its history and authorised users, plus the
 * one thing from the history that listings need, the date of the decision that ended it.
 * Read straight from the index; {@link Registration#listing()} gives the row of a
 * registration read from the database.
 *
 * @param version the optimistic-lock version (0 for a record never saved)
 * @param storedStatus the status as stored; {@link #statusOn(LocalDate)} is the one to
 * show
 * @param endedOn the date of the earliest decision that terminated or invalidated it;
 * null if none did
 * @param endedBy what that decision made of it: terminated or invalidated
 * @param provinceKeys every province name, former and current, it is found under
 * @param nameSortKey the name's Vietnamese collation key: its order is alphabetical order
 */
public record RegistrationListing(String id, long version, RegistrationFacts facts, RegistrationStatus storedStatus,
		String gazetteNumber, LocalDate expiryDate, LocalDate graceEnds, LocalDate endedOn, RegistrationStatus endedBy,
		List<String> provinceKeys, String nameSortKey, List<String> dataIssues, Instant createdAt, Instant updatedAt) {

	public RegistrationListing {
		provinceKeys = provinceKeys == null ? List.of() : List.copyOf(provinceKeys);
		dataIssues = dataIssues == null ? List.of() : List.copyOf(dataIssues);
	}

	public RegistrationType type() {
		return this.facts.type();
	}

	/** What it is on any day: see {@link Standing}. */
	public Standing standing() {
		LocalDate enteredOn = this.createdAt == null ? null
				: LocalDate.ofInstant(this.createdAt, TimeConfiguration.VIETNAM);
		return new Standing(this.facts.type(), this.storedStatus, this.facts.grantedOn(), enteredOn, this.expiryDate,
				this.graceEnds, this.endedOn, this.endedBy, this.facts.publicListing());
	}

	/** See {@link Standing#statusOn(LocalDate)}. */
	public RegistrationStatus statusOn(LocalDate day) {
		return standing().statusOn(day);
	}

	/** See {@link Standing#renewalOn(LocalDate)}. */
	public Renewal renewalOn(LocalDate day) {
		return standing().renewalOn(day);
	}

}

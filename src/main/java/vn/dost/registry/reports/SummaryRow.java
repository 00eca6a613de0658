package vn.dost.registry.reports;

import java.time.LocalDate;

import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.Standing;

/**
 * A title's line in the provincial summary: whether it was in force on the report's day
 * and, in words, what it was then.
 */
record SummaryRow(RegistrationListing title, boolean inForce, String standing) {

	/** Standing of a title entered as granted, without a grant date, after the day. */
	static final String GRANT_DATE_UNKNOWN = "Chưa rõ ngày cấp";

	/** Standing of a title granted after the day. */
	static final String NOT_YET_GRANTED = "Chưa được cấp";

	static SummaryRow of(RegistrationListing title, LocalDate day) {
		Standing standing = title.standing();
		if (standing.isInForceOn(day)) {
			return new SummaryRow(title, true, Labels.status(RegistrationStatus.GRANTED));
		}
		return new SummaryRow(title, false, outOfForce(standing, day));
	}

	/**
	 * The row's cells as both the PDF and the DOCX print them: ordinal, name, type,
	 * product, holder, registration number, grant date (or the part known), standing.
	 */
	String[] cells(int ordinal) {
		RegistrationFacts facts = this.title.facts();
		return new String[] { String.valueOf(ordinal), Labels.text(facts.name()), Labels.type(facts.type()),
				Labels.text(facts.product()), Labels.text(facts.holderName()), Labels.text(facts.registrationNumber()),
				facts.grantDate() != null ? Labels.day(facts.grantDate()) : Labels.text(facts.grantDatePartial()),
				this.standing };
	}

	/**
	 * An application shows its status (only today's is known); a title, why it was not in
	 * force on the day.
	 */
	private static String outOfForce(Standing standing, LocalDate day) {
		RegistrationStatus status = standing.statusOn(day);
		if (!status.isTitle()) {
			return Labels.status(status);
		}
		LocalDate from = standing.inForceFrom();
		if (from == null || from.isAfter(day)) {
			return standing.grantedOn() == null ? GRANT_DATE_UNKNOWN : NOT_YET_GRANTED;
		}
		RegistrationStatus ended = standing.endingOn(day);
		return Labels.status(ended != null ? ended : RegistrationStatus.EXPIRED);
	}

}

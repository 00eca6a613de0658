package vn.dost.registry.reports;

import java.time.LocalDate;

import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationStatus;

/**
 * A title's line in the provincial summary: whether it was in force on the report's day
 * and, in words, what it was then.
 */
record SummaryRow(Registration title, boolean inForce, String standing) {

	/** Standing of a title entered as granted, without a grant date, after the day. */
	static final String GRANT_DATE_UNKNOWN = "Chưa rõ ngày cấp";

	/** Standing of a title granted after the day. */
	static final String NOT_YET_GRANTED = "Chưa được cấp";

	static SummaryRow of(Registration title, LocalDate day) {
		if (SummaryFigures.inForceOn(title, day)) {
			return new SummaryRow(title, true, Labels.status(RegistrationStatus.GRANTED));
		}
		return new SummaryRow(title, false, outOfForce(title, day));
	}

	/**
	 * An application shows its status (only today's is known); a title, why it was not in
	 * force on the day.
	 */
	private static String outOfForce(Registration title, LocalDate day) {
		RegistrationStatus status = title.statusOn(day);
		if (!status.isTitle()) {
			return Labels.status(status);
		}
		LocalDate granted = SummaryFigures.grantedOn(title.getFacts());
		LocalDate known = granted != null ? granted : SummaryFigures.recordedOn(title);
		if (known == null || known.isAfter(day)) {
			return granted == null ? GRANT_DATE_UNKNOWN : NOT_YET_GRANTED;
		}
		RegistrationStatus ended = SummaryFigures.endedOn(title, day);
		return Labels.status(ended != null ? ended : RegistrationStatus.EXPIRED);
	}

}

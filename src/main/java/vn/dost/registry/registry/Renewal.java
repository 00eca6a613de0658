package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * A mark's renewal dates: the window opens 6 months before expiry, the grace period ends
 * 6 months after.
 */
public record Renewal(LocalDate windowOpens, LocalDate graceEnds, RenewalState state) {

	/**
	 * Years a mark's term lasts, counted from filing, and again from each previous expiry
	 * (Art. 93.6).
	 */
	public static final int TERM_YEARS = 10;

	/**
	 * Months before expiry from which a renewal may be requested, and months of grace
	 * after it.
	 */
	public static final int WINDOW_MONTHS = 6;

	/**
	 * The expiry of a title of the type and status filed on the day and renewed so many
	 * times: for a mark the filing day {@value #TERM_YEARS} years on per term (Art. 93.6;
	 * 29 February to 28 February in a common year); none for a geographical indication,
	 * protected indefinitely (Art. 93.7), for a title that never had effect
	 * ({@link RegistrationStatus#isVoid()}), or without a filing date.
	 */
	public static LocalDate expiry(RegistrationType type, RegistrationStatus status, LocalDate filingDate,
			int renewals) {
		if (!type.isMark() || status.isVoid() || filingDate == null) {
			return null;
		}
		return filingDate.plusYears((long) TERM_YEARS * (1 + renewals));
	}

	/**
	 * The first day a renewal may be requested: {@value #WINDOW_MONTHS} months before
	 * expiry (Art. 94; the end of a shorter month for a day it lacks).
	 */
	public static LocalDate windowOpens(LocalDate expiry) {
		return expiry.minusMonths(WINDOW_MONTHS);
	}

	/**
	 * The last day a renewal may still be requested, with a surcharge:
	 * {@value #WINDOW_MONTHS} months after expiry (Art. 94). After it the mark has
	 * lapsed.
	 */
	public static LocalDate graceEnds(LocalDate expiry) {
		return expiry.plusMonths(WINDOW_MONTHS);
	}

	/** The renewal dates of the expiry, and where the day stands against them. */
	public static Renewal of(LocalDate expiry, LocalDate today) {
		LocalDate opens = windowOpens(expiry);
		LocalDate graceEnds = graceEnds(expiry);
		RenewalState state;
		if (today.isBefore(opens)) {
			state = RenewalState.NOT_DUE;
		}
		else if (!today.isAfter(expiry)) {
			state = RenewalState.WINDOW_OPEN;
		}
		else if (!today.isAfter(graceEnds)) {
			state = RenewalState.IN_GRACE;
		}
		else {
			state = RenewalState.LAPSED;
		}
		return new Renewal(opens, graceEnds, state);
	}

	/**
	 * Whether a renewal may be recorded today: from the window's opening to the end of
	 * grace.
	 */
	public boolean renewable() {
		return this.state == RenewalState.WINDOW_OPEN || this.state == RenewalState.IN_GRACE;
	}

}

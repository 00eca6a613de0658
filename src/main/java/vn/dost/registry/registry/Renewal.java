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

	public static LocalDate expiry(LocalDate filingDate, int renewals) {
		return filingDate.plusYears((long) TERM_YEARS * (1 + renewals));
	}

	public static Renewal of(LocalDate expiry, LocalDate today) {
		LocalDate opens = expiry.minusMonths(WINDOW_MONTHS);
		LocalDate graceEnds = expiry.plusMonths(WINDOW_MONTHS);
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

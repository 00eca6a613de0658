package vn.dost.registry.deadlines;

/** What falls due. */
public enum DeadlineKind {

	/** A mark's renewal may be requested from this day: 6 months before expiry. */
	RENEWAL_WINDOW_OPENS,

	/** A mark expires: renewing later costs a surcharge. */
	MARK_EXPIRES,

	/**
	 * The 6-month grace period after a mark's expiry ends: the last day it can be
	 * renewed.
	 */
	GRACE_PERIOD_ENDS,

	/**
	 * A mark's grace period has ended without renewal (in the past, within the window):
	 * it has lapsed.
	 */
	MARK_LAPSED,

	/** An OCOP certificate (valid 36 months) runs out. */
	OCOP_CERTIFICATE_EXPIRES,

	/** A producer's right to use a title runs out. */
	AUTHORISED_USER_EXPIRES

}

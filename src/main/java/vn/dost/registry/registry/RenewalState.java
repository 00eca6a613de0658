package vn.dost.registry.registry;

/** Where a mark stands against its expiry date. */
public enum RenewalState {

	/** More than six months before expiry. */
	NOT_DUE,
	/** Within the six months before expiry: renewal may be requested. */
	WINDOW_OPEN,
	/** Expired less than six months ago: renewal still possible with a surcharge. */
	IN_GRACE,
	/** The grace period has ended without renewal. */
	LAPSED

}

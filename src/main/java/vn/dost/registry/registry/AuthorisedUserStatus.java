package vn.dost.registry.registry;

/**
 * Where a producer's right to use a title stands. {@code EXPIRED} is never stored: an
 * active right whose {@code validUntil} has passed reads as expired.
 */
public enum AuthorisedUserStatus {

	ACTIVE, SUSPENDED, REVOKED, EXPIRED;

	/**
	 * The status after the action, or null when the action is not allowed from this one.
	 */
	public AuthorisedUserStatus after(AuthorisedUserAction action) {
		return switch (action) {
			case SUSPEND -> this == ACTIVE || this == EXPIRED ? SUSPENDED : null;
			case REINSTATE -> this == SUSPENDED ? ACTIVE : null;
			case REVOKE -> this == REVOKED ? null : REVOKED;
		};
	}

}

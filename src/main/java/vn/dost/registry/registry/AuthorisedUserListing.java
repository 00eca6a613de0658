package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * An authorised user found by a public lookup, with the title it uses. Holds only what
 * the public may read of the user ({@link AuthorisedUser#publicPart()}): never its
 * address, decision number or reason.
 */
public record AuthorisedUserListing(AuthorisedUser user, UsedTitle title) {

	/**
	 * Whether the user may use the title on the given day: its right is active and the
	 * title in force.
	 */
	public boolean authorisedOn(LocalDate today) {
		return this.user.statusOn(today) == AuthorisedUserStatus.ACTIVE
				&& this.title.status() == RegistrationStatus.GRANTED;
	}

}

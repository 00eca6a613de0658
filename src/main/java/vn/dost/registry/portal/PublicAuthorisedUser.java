package vn.dost.registry.portal;

import java.time.LocalDate;

import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.UsedTitle;

/**
 * An authorised user as the public sees it: name, locality (commune and province) and
 * code, never an address or contact; its status today and since when, whether it may use
 * the title today, the title, and the address of its verdict page.
 */
public record PublicAuthorisedUser(String name, String locality, String code, AuthorisedUserStatus status,
		boolean authorised, LocalDate grantedOn, LocalDate validUntil, LocalDate statusSince, UsedTitle title,
		String checkUrl) {
}

package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * The facts of an authorised user as sent by a client; checked by
 * {@link AuthorisedUsers}.
 */
public record AuthorisedUserDraft(String name, String address, String commune, String province, String code,
		String decisionNumber, LocalDate grantedOn, LocalDate validUntil) {
}

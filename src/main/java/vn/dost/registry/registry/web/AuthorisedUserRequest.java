package vn.dost.registry.registry.web;

import java.time.LocalDate;

/**
 * An authorised user as a client sends it (status is changed only by revoke, suspend and
 * reinstate).
 */
record AuthorisedUserRequest(String name, String address, String commune, String province, String code,
		String decisionNumber, LocalDate grantedOn, LocalDate validUntil) {
}

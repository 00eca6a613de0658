package vn.dost.registry.registry.web;

import java.time.LocalDate;

import vn.dost.registry.registry.AuthorisedUserStatus;

/**
 * A producer allowed to use a title, with its status today and the day from which that
 * status holds.
 */
record AuthorisedUserResponse(String id, String name, String address, String commune, String province, String code,
		String decisionNumber, LocalDate grantedOn, LocalDate validUntil, AuthorisedUserStatus status,
		String statusReason, LocalDate statusSince) {
}

package vn.dost.registry.registry.web;

import java.time.LocalDate;

import vn.dost.registry.registry.AuthorisedUserStatus;

/** A producer allowed to use a title, with its status today. */
record AuthorisedUserResponse(String id, String name, String address, String province, String code,
		String decisionNumber, LocalDate grantedOn, LocalDate validUntil, AuthorisedUserStatus status,
		String statusReason) {
}

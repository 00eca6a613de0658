package vn.dost.registry.holders.web;

import java.time.Instant;

import vn.dost.registry.holders.HolderKind;

/** A holder as the officers' API shows it. */
record HolderResponse(String id, long version, String name, HolderKind kind, String address, String province,
		String currentProvince, String taxCode, String representative, String phone, String email, Instant createdAt,
		Instant updatedAt) {
}

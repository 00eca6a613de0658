package vn.dost.registry.holders.web;

import vn.dost.registry.holders.HolderKind;

/**
 * A holder as a client sends it; every rule is checked by {@code HolderService}, for
 * imports alike.
 */
record HolderRequest(String name, HolderKind kind, String address, String province, String taxCode,
		String representative, String phone, String email) {
}

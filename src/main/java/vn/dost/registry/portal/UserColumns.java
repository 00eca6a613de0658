package vn.dost.registry.portal;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the authorised users' open-data CSV, in order: only what the public may
 * read of a user (name, locality, code), its status and dates, its title and the address
 * of its verdict page. Documented in {@code docs/open-data.md}.
 */
final class UserColumns {

	static final List<String> HEADERS = List.of("name", "locality", "code", "status", "authorised", "grantedOn",
			"validUntil", "statusSince", "titleId", "titleName", "titleType", "titleSign", "titleStatus", "url");

	private UserColumns() {
	}

	static List<Object> values(PublicAuthorisedUser user) {
		return Arrays.asList(user.name(), user.locality(), user.code(), user.status(), user.authorised(),
				user.grantedOn(), user.validUntil(), user.statusSince(), user.title().id(), user.title().name(),
				user.title().type(), user.title().sign(), user.title().status(), user.checkUrl());
	}

}

package vn.dost.registry.registry;

import java.util.Optional;

/**
 * A decision about a public title that the public is told of: its grant, a renewal, an
 * amendment, its end, or a producer's right to use it suspended or revoked.
 */
public record PublicChange(Registration title, HistoryEntry entry) {

	private static final String USER_CHANGE = "authorisedUsers/";

	/**
	 * The authorised user the decision is about, as the public may see it; empty for a
	 * decision about the title.
	 */
	public Optional<AuthorisedUser> user() {
		return this.entry.changes()
			.keySet()
			.stream()
			.filter(field -> field.startsWith(USER_CHANGE))
			.map(field -> field.substring(USER_CHANGE.length(), field.indexOf('/', USER_CHANGE.length())))
			.findFirst()
			.flatMap(id -> this.title.getAuthorisedUsers().stream().filter(user -> user.id().equals(id)).findFirst())
			.map(AuthorisedUser::publicPart);
	}

}

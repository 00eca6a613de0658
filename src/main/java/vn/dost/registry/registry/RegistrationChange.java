package vn.dost.registry.registry;

import java.util.Optional;

/**
 * One entry of a title's history, with the title it belongs to: what the workspace's and
 * the public's lists of latest changes show.
 */
public record RegistrationChange(Registration registration, HistoryEntry entry) {

	private static final String USER_CHANGE = "authorisedUsers/";

	/**
	 * The authorised user the entry is about, as the public may see it; empty for an
	 * entry about the title.
	 */
	public Optional<AuthorisedUser> user() {
		return this.entry.changes()
			.keySet()
			.stream()
			.filter(field -> field.startsWith(USER_CHANGE))
			.map(field -> field.substring(USER_CHANGE.length(), field.indexOf('/', USER_CHANGE.length())))
			.findFirst()
			.flatMap(id -> this.registration.getAuthorisedUsers()
				.stream()
				.filter(user -> user.id().equals(id))
				.findFirst())
			.map(AuthorisedUser::publicPart);
	}

}

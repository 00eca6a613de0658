package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.dost.registry.registry.index.AuthorisedUserSearches;
import vn.dost.registry.shared.PageRequest;

/**
 * What anyone may look up about who may use a title: the authorised users of titles
 * marked public and granted — active, suspended, revoked or expired, so that a buyer
 * learns a producer is not authorised, and since when — by name, code, title or province;
 * and the verdict on one user. Only a user's name, locality and code are ever shown.
 */
@Service
public class PublicAuthorisedUsers {

	/** The path of the public verdict pages: {@code /portal/check/{titleId}/{code}}. */
	public static final String CHECK_PATH = "/portal/check";

	/** A code that can stand in a URL's path as it is. */
	private static final Pattern PATH_SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,60}");

	private final RegistrationService registrations;

	private final AuthorisedUserSearches search;

	PublicAuthorisedUsers(RegistrationService registrations, AuthorisedUserSearches search) {
		this.registrations = registrations;
		this.search = search;
	}

	public LocalDate today() {
		return this.registrations.today();
	}

	/**
	 * One page of the users the query finds, with totals and counts per status and
	 * province.
	 */
	public Mono<AuthorisedUserHits> list(AuthorisedUserQuery query, PageRequest page) {
		return this.search.search(query, page, today());
	}

	/** Every user the query finds: the open-data files. */
	public Mono<List<AuthorisedUserListing>> all(AuthorisedUserQuery query) {
		return this.search.all(query, today());
	}

	/**
	 * The user of a public title with this code (in any case), or this id, with the title
	 * as it stands today; not found for a title the public may not see. The title may
	 * have ended since: its users are then not authorised.
	 */
	public Mono<AuthorisedUserListing> verdict(String titleId, String codeOrId) {
		LocalDate today = today();
		return this.registrations.require(titleId)
			.filter(title -> title.isPublicOn(today))
			.switchIfEmpty(Mono.error(new RegistrationNotFound(titleId)))
			.map(title -> new AuthorisedUserListing(user(title, codeOrId).publicPart(), UsedTitle.of(title, today)));
	}

	private static AuthorisedUser user(Registration title, String codeOrId) {
		List<AuthorisedUser> users = title.getAuthorisedUsers();
		return users.stream()
			.filter(user -> user.hasCode(codeOrId))
			.findFirst()
			.or(() -> users.stream().filter(user -> user.id().equals(codeOrId)).findFirst())
			.orElseThrow(() -> new AuthorisedUserNotFound(codeOrId));
	}

	/**
	 * The address of a user's verdict page, relative to the portal's base: by its code
	 * when the code can stand in a path as it is, else by its id.
	 */
	public static String checkPath(String titleId, AuthorisedUser user) {
		String key = user.code() != null && PATH_SAFE.matcher(user.code()).matches() ? user.code() : user.id();
		return CHECK_PATH + "/" + titleId + "/" + key;
	}

}

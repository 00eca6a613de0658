package vn.dost.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.dost.registry.deadlines.DeadlineKind;
import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.ocop.OcopProductGroup;
import vn.dost.registry.registry.AuthorisedUserAction;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.RenewalState;
import vn.dost.registry.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an official Vietnamese output must not contain: a code of the registry's
 * vocabularies (a status, type, action, kind…) where words belong, or an English word the
 * code could have let through (notes like "amended by … of 2018-04-13", "GRANT").
 */
public final class OfficialWording {

	/** History actions that are plain strings, not enum constants. */
	private static final List<String> HISTORY_ACTIONS = List.of("CREATED", "RECORDED", "IMPORTED", "UPDATED", "EXPIRED",
			"AUTHORISED_USER_ADDED", "AUTHORISED_USER_UPDATED", "AUTHORISED_USER_SUSPEND", "AUTHORISED_USER_REINSTATE",
			"AUTHORISED_USER_REVOKE", "DELETE");

	/**
	 * English words that the service's own wording could carry into an output; none of
	 * them is a Vietnamese word (those that are, such as "to", "in", "no", are left out).
	 */
	private static final Set<String> ENGLISH = Set.of("amended", "amendment", "by", "of", "and", "the", "granted",
			"grant", "filed", "filing", "expired", "expiry", "expires", "renewal", "renewed", "terminated",
			"invalidated", "withdrawn", "refused", "accepted", "published", "status", "date", "unknown", "none", "null",
			"true", "false", "page", "total", "holder", "registration", "decision", "number", "mark", "indication",
			"certification", "collective", "product", "province", "user", "active", "suspended", "revoked", "deadline",
			"window", "grace", "lapsed", "from", "with", "until", "since", "yes", "undefined", "nan");

	private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

	private OfficialWording() {
	}

	/** Every code of the registry's vocabularies. */
	static Set<String> codes() {
		Set<String> codes = new TreeSet<>(HISTORY_ACTIONS);
		Stream
			.of(RegistrationStatus.values(), RegistrationType.values(), ProductGroup.values(), LifecycleAction.values(),
					AuthorisedUserAction.values(), AuthorisedUserStatus.values(), RenewalState.values(),
					DeadlineKind.values(), HolderKind.values(), OcopProductGroup.values(), Role.values())
			.flatMap(Stream::of)
			.forEach(constant -> codes.add(((Enum<?>) constant).name()));
		return codes;
	}

	/** The codes (as written) and English words (lower case) found in the text. */
	public static List<String> findings(String text) {
		Set<String> codes = codes();
		List<String> found = new ArrayList<>();
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group();
			if (codes.contains(word) || ENGLISH.contains(word.toLowerCase(Locale.ROOT))) {
				found.add(word);
			}
		}
		return found;
	}

	/** Fails naming the output and what it holds that is not Vietnamese wording. */
	public static void assertVietnameseOnly(String output, String text) {
		assertThat(findings(text)).as("codes or English words in %s: %s", output, text).isEmpty();
	}

}

package vn.dost.registry.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Optimistic locking over HTTP: {@code ETag: "<version>"} out,
 * {@code If-Match: "<version>"} in, compared as RFC 9110 §13.1.1 says.
 */
public final class Versions {

	private Versions() {
	}

	public static String etag(Long version) {
		return "\"" + (version == null ? 0 : version) + "\"";
	}

	/**
	 * Checks that the client's {@code If-Match} names the stored version: 428 when it is
	 * missing, 400 when it is not a list of entity tags (an unquoted {@code 0}), 412 when
	 * none of its tags matches. Tags compare strongly, so a weak tag ({@code W/"0"})
	 * never matches; {@code *} matches the stored record, whatever its version.
	 */
	public static void requireMatch(String ifMatch, Long stored) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequired();
		}
		long current = stored == null ? 0 : stored;
		String value = ifMatch.strip();
		if (value.equals("*")) {
			return;
		}
		String expected = etag(current);
		if (!entityTags(value).contains(expected)) {
			throw new StaleVersion(current);
		}
	}

	/**
	 * The strong tags of an {@code If-Match} list, each with its quotes (weak ones are
	 * left out: they never match strongly); {@link InvalidInput} when the list does not
	 * parse.
	 */
	static List<String> entityTags(String list) {
		List<String> strong = new ArrayList<>();
		int at = 0;
		while (at < list.length()) {
			at = skip(list, at, " \t,");
			if (at == list.length()) {
				break;
			}
			boolean weak = list.startsWith("W/", at);
			int open = weak ? at + 2 : at;
			int close = open < list.length() && list.charAt(open) == '"' ? list.indexOf('"', open + 1) : -1;
			if (close < 0 || !opaque(list.substring(open + 1, close))) {
				throw malformed();
			}
			if (!weak) {
				strong.add(list.substring(open, close + 1));
			}
			at = skip(list, close + 1, " \t");
			if (at < list.length() && list.charAt(at) != ',') {
				throw malformed();
			}
		}
		if (strong.isEmpty() && list.chars().allMatch(c -> c == ',' || c == ' ' || c == '\t')) {
			throw malformed();
		}
		return strong;
	}

	/** RFC 9110 etagc: visible ASCII but the double quote, and obs-text. */
	private static boolean opaque(String tag) {
		return tag.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF));
	}

	private static int skip(String text, int from, String characters) {
		int at = from;
		while (at < text.length() && characters.indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		return at;
	}

	private static InvalidInput malformed() {
		return InvalidInput.of("If-Match", "validation.ifMatch");
	}

}

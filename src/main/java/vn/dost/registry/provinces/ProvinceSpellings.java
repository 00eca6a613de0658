package vn.dost.registry.provinces;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.dost.registry.shared.VietnameseText;

/**
 * Province names as people type them: every name compared without case, diacritics,
 * dashes, dots or spaces and without a leading "tỉnh" / "thành phố" / "TP", plus the
 * spellings of the alias table; and the nearest known name to one that is not known.
 */
final class ProvinceSpellings {

	private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Pd}\\u2212.,_/]+");

	private static final List<String> PREFIXES = List.of("thanh pho ", "tinh ", "tp ", "thu do ");

	/** A name is suggested only this many letters away, at most (or a quarter of it). */
	private static final int NEAR = 2;

	/** Key of every known spelling → the canonical name it means. */
	private final Map<String, String> byKey = new HashMap<>();

	/**
	 * @param names the canonical names
	 * @param aliases other spellings → the canonical name each means
	 * @throws IllegalStateException if two names or spellings share a key, or an alias
	 * names an unknown province: a spelling must mean one province
	 */
	ProvinceSpellings(Collection<String> names, Map<String, String> aliases) {
		names.forEach(name -> add(name, name));
		aliases.forEach((alias, name) -> {
			if (!names.contains(name)) {
				throw new IllegalStateException("The alias " + alias + " names no province: " + name);
			}
			add(alias, name);
		});
	}

	private void add(String spelling, String name) {
		String previous = this.byKey.putIfAbsent(key(spelling), name);
		if (previous != null && !previous.equals(name)) {
			throw new IllegalStateException(spelling + " could mean " + previous + " or " + name);
		}
	}

	/** The canonical name a spelling means, if any. */
	Optional<String> find(String spelling) {
		return spelling == null ? Optional.empty() : Optional.ofNullable(this.byKey.get(key(spelling)));
	}

	/**
	 * The known name nearest to a spelling that is not known (a letter or two away), when
	 * exactly one is.
	 */
	Optional<String> nearest(String spelling) {
		String key = key(spelling);
		int allowed = Math.max(NEAR, key.length() / 4);
		int best = allowed + 1;
		String found = null;
		boolean tie = false;
		for (Map.Entry<String, String> known : this.byKey.entrySet()) {
			int distance = distance(key, known.getKey(), allowed);
			if (distance < best) {
				best = distance;
				found = known.getValue();
				tie = false;
			}
			else if (distance == best && !known.getValue().equals(found)) {
				tie = true;
			}
		}
		return tie || key.isEmpty() ? Optional.empty() : Optional.ofNullable(found);
	}

	/**
	 * The comparison key: folded, punctuation as space, leading "tỉnh" / "thành phố" /
	 * "TP" / "thủ đô" dropped, then without spaces.
	 */
	static String key(String spelling) {
		String words = compact(VietnameseText.fold(spelling));
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String prefix : PREFIXES) {
				if (words.startsWith(prefix) && words.length() > prefix.length()) {
					words = words.substring(prefix.length());
					stripped = true;
				}
			}
		}
		return words.replace(" ", "");
	}

	private static String compact(String folded) {
		return PUNCTUATION.matcher(folded).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	/**
	 * The edit distance between two keys (insertions, deletions, substitutions), or
	 * {@code limit + 1} once it is known to exceed the limit.
	 */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowBest = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowBest = Math.min(rowBest, current[j]);
			}
			if (rowBest > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], limit + 1);
	}

}

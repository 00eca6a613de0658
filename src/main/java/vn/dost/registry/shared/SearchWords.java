package vn.dost.registry.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A user's search text as words over a stored folded field: every word must occur,
 * without regard to case or diacritics. Each word becomes an escaped literal pattern,
 * never a pattern the user wrote.
 */
public final class SearchWords {

	/** The longest search text accepted; longer is a 400. */
	public static final int QUERY_MAX = 500;

	/**
	 * Anything that is not a letter or a digit separates words, in queries as in the
	 * stored text.
	 */
	private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchWords() {
	}

	/**
	 * The criteria for the text over the folded field: none for blank text, no match at
	 * all for text with no letter or digit (plain punctuation matches nothing), else one
	 * literal match per word.
	 */
	public static List<Criteria> criteria(String field, String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		if (text.length() > QUERY_MAX) {
			throw InvalidInput.of("q", "validation.tooLong", QUERY_MAX);
		}
		List<String> words = Arrays.stream(SEPARATOR.split(VietnameseText.fold(text)))
			.filter(word -> !word.isEmpty())
			.toList();
		if (words.isEmpty()) {
			return List.of(Criteria.where("_id").in(List.of()));
		}
		return words.stream().map(word -> Criteria.where(field).regex(escape(word))).toList();
	}

	/**
	 * The word as a literal pattern: every character that is not a letter or digit is
	 * escaped.
	 */
	static String escape(String word) {
		StringBuilder escaped = new StringBuilder();
		word.codePoints().forEach(c -> {
			if (!Character.isLetterOrDigit(c)) {
				escaped.append('\\');
			}
			escaped.appendCodePoint(c);
		});
		return escaped.toString();
	}

}

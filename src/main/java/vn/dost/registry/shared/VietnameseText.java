package vn.dost.registry.shared;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Vietnamese text as data: stored in NFC, folded for diacritics-free search, collated for
 * sorting.
 */
public final class VietnameseText {

	/**
	 * The collator, built when the class is loaded: building it reads ICU's data files,
	 * which must not happen on an event-loop thread (see {@link #warmUp()}).
	 */
	private static final Collator PROTOTYPE = createCollator();

	/**
	 * One copy per thread: a frozen collator is thread-safe but takes a lock for every
	 * key, and threads that contend for it would park on an event loop. Copies share the
	 * loaded data, so making one reads no file.
	 */
	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(PROTOTYPE::cloneAsThawed);

	private static Collator createCollator() {
		Collator collator = Collator.getInstance(new ULocale("vi"));
		collator.setStrength(Collator.TERTIARY);
		return collator.freeze();
	}

	private VietnameseText() {
	}

	/**
	 * Loads the collation data now; called on the main thread at start, before any
	 * request is served.
	 */
	public static void warmUp() {
		collationKey("a");
	}

	/**
	 * The NFC form of the text with surrounding white space removed, or null when nothing
	 * is left.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
		return nfc.isEmpty() ? null : nfc;
	}

	/** The NFC form of the text, unchanged otherwise. */
	public static String nfc(String text) {
		return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Lower-case text without tone or vowel marks, with {@code đ} as {@code d} and runs
	 * of white space as one space: {@code "Sầu riêng  Khánh Sơn"} folds to
	 * {@code "sau rieng khanh son"}.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		boolean space = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isWhitespace(c)) {
				space = folded.length() > 0;
				continue;
			}
			if (space) {
				folded.append(' ');
				space = false;
			}
			folded.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * A key whose byte order is Vietnamese alphabetical order (a &lt; ă &lt; â … d &lt;
	 * đ, tones after letters).
	 */
	public static String collationKey(String text) {
		if (text == null) {
			return "";
		}
		byte[] bytes = COLLATOR.get().getCollationKey(nfc(text)).toByteArray();
		return HexFormat.of().formatHex(bytes);
	}

}

package vn.dost.registry.holders;

import java.util.List;
import java.util.Optional;

import vn.dost.registry.shared.VietnameseText;

/** What kind of organisation (or person) a holder is. */
public enum HolderKind {

	/** Hội, hiệp hội, chi hội. */
	ASSOCIATION("hoi", "hiep hoi", "chi hoi", "lien hiep hoi"),

	/** Hợp tác xã (HTX), liên hiệp hợp tác xã, tổ hợp tác. */
	COOPERATIVE("htx", "hop tac xa", "lien hiep htx", "lien hiep hop tac xa", "to hop tac"),

	/** Công ty, tổng công ty, doanh nghiệp (tư nhân). */
	ENTERPRISE("cong ty", "cty", "tong cong ty", "doanh nghiep", "dntn"),

	/** Ủy ban nhân dân, sở, ban, trung tâm, cục, chi cục. */
	STATE_BODY("ubnd", "uy ban nhan dan", "so", "ban", "trung tam", "cuc", "chi cuc"),

	INDIVIDUAL;

	/**
	 * The words an organisation's name begins with, folded (no case or diacritics), that
	 * tell its kind.
	 */
	private final List<String> leadingWords;

	HolderKind(String... leadingWords) {
		this.leadingWords = List.of(leadingWords);
	}

	/**
	 * The kind an organisation's name tells by the words it begins with, compared without
	 * case or diacritics ("Hội …", "HTX …" / "Hợp tác xã …", "Công ty …" / "Doanh nghiệp
	 * …", "UBND …" / "Sở …" / "Ban …" / "Trung tâm …"); empty when it tells none.
	 */
	public static Optional<HolderKind> fromName(String name) {
		String folded = VietnameseText.fold(name).replace('.', ' ').strip();
		for (HolderKind kind : values()) {
			for (String words : kind.leadingWords) {
				if (folded.equals(words) || folded.startsWith(words + " ")) {
					return Optional.of(kind);
				}
			}
		}
		return Optional.empty();
	}

}

package vn.dost.registry.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of an official document around its body (Decree 30/2020, Annex I): the
 * bodies, number and place-and-date in the header, the subject, the recipients and the
 * signature block.
 */
record Letterhead(String superiorBody, String issuingBody, String number, String placeAndDate, String subject,
		List<String> recipients, String signerAuthority, String signerTitle, String signerName, String area) {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/**
	 * The 2025 provinces that are centrally run cities (thành phố trực thuộc trung ương).
	 */
	private static final Set<String> CITIES = Set.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế");

	/**
	 * The letterhead for a report about the province, settings overridden by what the
	 * request gives. The caller has made sure a signer's name and title are known.
	 */
	static Letterhead of(String province, LocalDate issued, ReportSettings settings, String number, Signer signer) {
		boolean city = CITIES.contains(province);
		String superior = settings.superiorBody() != null && !settings.superiorBody().isBlank()
				? settings.superiorBody()
				: (city ? "UBND THÀNH PHỐ " : "UBND TỈNH ") + province.toUpperCase(VIETNAMESE);
		String place = "Hồ Chí Minh".equals(province) ? "Thành phố Hồ Chí Minh" : province;
		String numbered = (number == null || number.isBlank() ? "      " : number.strip()) + "/"
				+ settings.numberSuffix();
		return new Letterhead(Labels.text(superior), Labels.text(settings.issuingBody()), Labels.text(numbered),
				Labels.text(place) + ", " + dateLine(issued),
				Labels.text(settings.subject() + " " + (city ? "thành phố " : "tỉnh ") + province),
				settings.recipients().stream().map(Labels::text).toList(),
				Labels.text(authority(settings.signerAuthority(), signer.title())), Labels.text(signer.title()),
				Labels.text(signer.name()), city ? "toàn thành phố" : "toàn tỉnh");
	}

	/**
	 * The line above the signer's title: {@code KT. GIÁM ĐỐC} when a deputy signs for the
	 * director, none when the director signs.
	 */
	private static String authority(String authority, String title) {
		String onBehalfOf = authority == null ? "" : authority.replaceFirst("^(KT|TM|TL|TUQ)\\.\\s*", "");
		return onBehalfOf.equalsIgnoreCase(title == null ? "" : title.strip()) ? "" : authority;
	}

	/** Who signs the report: full name and title, from the request or the settings. */
	record Signer(String name, String title) {

		/**
		 * The request's name and title, each falling back to the settings (blank when
		 * neither gives it).
		 */
		static Signer of(String name, String title, ReportSettings settings) {
			return new Signer(firstGiven(name, settings.signerName()), firstGiven(title, settings.signerTitle()));
		}

		private static String firstGiven(String requested, String configured) {
			if (requested != null && !requested.isBlank()) {
				return requested.strip();
			}
			return configured == null ? "" : configured.strip();
		}

	}

	/**
	 * {@code ngày 15 tháng 6 năm 2026}: days below 10 and months 1 and 2 written with a
	 * leading zero.
	 */
	static String dateLine(LocalDate day) {
		String dayOfMonth = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
		String month = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
		return "ngày " + dayOfMonth + " tháng " + month + " năm " + day.getYear();
	}

}

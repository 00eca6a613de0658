package vn.dost.registry.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.Records;
import vn.dost.registry.shared.VietnameseText;

/**
 * One data row of an import file, read into typed values: dates as {@code dd/mm/yyyy},
 * {@code yyyy-mm-dd} or a workbook date cell, enum values by name or their Vietnamese
 * words, lists separated by {@code ;}. What cannot be read is listed in {@code errors};
 * the domain rules are checked later, by the registry.
 */
record ImportRow(int line, Map<String, Object> values, List<ImportReport.RowError> errors) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?|(\\d{1,2})/(\\d{4})");

	private static final Map<String, RegistrationType> TYPE_WORDS = Map.of("chi dan dia ly",
			RegistrationType.GEOGRAPHICAL_INDICATION, "cddl", RegistrationType.GEOGRAPHICAL_INDICATION,
			"nhan hieu chung nhan", RegistrationType.CERTIFICATION_MARK, "nhcn", RegistrationType.CERTIFICATION_MARK,
			"nhan hieu tap the", RegistrationType.COLLECTIVE_MARK, "nhtt", RegistrationType.COLLECTIVE_MARK);

	private static final Map<String, Boolean> YES_NO = Map.of("true", true, "yes", true, "co", true, "x", true, "1",
			true, "false", false, "no", false, "khong", false, "0", false);

	static ImportRow of(TableRow row) {
		Reading reading = new Reading(row);
		reading.text("name");
		reading.text("sign");
		reading.values.put("aliases", row.list("aliases"));
		reading.text("product");
		reading.enumValue("productGroup", ProductGroup.class);
		reading.niceClasses();
		reading.text("province");
		reading.values.put("additionalProvinces", row.list("additionalProvinces"));
		for (String column : List.of("country", "area", "applicationNumber", "registrationNumber", "grantDecision",
				"holderName", "description", "specificCharacteristics")) {
			reading.text(column);
		}
		reading.type();
		reading.enumValue("status", RegistrationStatus.class);
		reading.enumValue("holderKind", HolderKind.class);
		reading.date("filingDate");
		reading.grantDate();
		reading.yesNo("public");
		if (row.extraCells()) {
			reading.errors.add(new ImportReport.RowError(row.line(), "", "validation.import.extraCells"));
		}
		return new ImportRow(row.line(), reading.values, reading.errors);
	}

	String holderName() {
		return (String) this.values.get("holderName");
	}

	/**
	 * The kind of the row's holder: the {@code holderKind} column, else what the holder's
	 * name tells ("Hội …", "HTX …", "Công ty …", "UBND …"); null when neither does.
	 */
	HolderKind holderKind() {
		HolderKind given = (HolderKind) this.values.get("holderKind");
		return given != null || holderName() == null ? given : HolderKind.fromName(holderName()).orElse(null);
	}

	/**
	 * The title the row gives, held by the given holder (null: the row names none): each
	 * column is the draft's field of the same name ({@code public}:
	 * {@code publicListing}).
	 */
	RegistrationDraft draft(String holderId) {
		Map<String, Object> facts = new HashMap<>(this.values);
		facts.put("publicListing", facts.remove("public"));
		facts.put("holderId", holderId);
		return Records.of(RegistrationDraft.class, facts);
	}

	/** Reads the cells of one row, collecting what cannot be read. */
	private static final class Reading {

		private final TableRow row;

		private final Map<String, Object> values = new java.util.HashMap<>();

		private final List<ImportReport.RowError> errors = new ArrayList<>();

		Reading(TableRow row) {
			this.row = row;
		}

		void text(String column) {
			this.values.put(column, this.row.value(column));
		}

		void type() {
			String given = this.row.value("type");
			if (given != null && TYPE_WORDS.containsKey(VietnameseText.fold(given))) {
				this.values.put("type", TYPE_WORDS.get(VietnameseText.fold(given)));
				return;
			}
			enumValue("type", RegistrationType.class);
		}

		<E extends Enum<E>> void enumValue(String column, Class<E> type) {
			String given = this.row.value(column);
			if (given == null) {
				return;
			}
			String name = VietnameseText.fold(given).replace(' ', '_').toUpperCase(Locale.ROOT);
			try {
				this.values.put(column, Enum.valueOf(type, name));
			}
			catch (IllegalArgumentException ex) {
				String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
				fail(column, "validation.import.oneOf", given, allowed);
			}
		}

		void niceClasses() {
			List<Integer> classes = new ArrayList<>();
			String given = this.row.value("niceClasses");
			for (String part : given == null ? new String[0] : given.split("[;,]")) {
				try {
					if (!part.isBlank()) {
						classes.add(Integer.valueOf(part.strip().replaceFirst("\\.0$", "")));
					}
				}
				catch (NumberFormatException ex) {
					fail("niceClasses", "validation.niceClass");
				}
			}
			this.values.put("niceClasses", classes);
		}

		void date(String column) {
			String given = this.row.value(column);
			if (given != null) {
				LocalDate date = parseDate(given);
				if (date == null) {
					fail(column, "validation.import.date", given);
				}
				this.values.put(column, date);
			}
		}

		/** A full date, or only the year (and month) when that is all a source gives. */
		void grantDate() {
			String given = this.row.value("grantDate");
			if (given == null) {
				return;
			}
			LocalDate date = parseDate(given);
			Matcher partial = PARTIAL.matcher(given);
			if (date != null) {
				this.values.put("grantDate", date);
			}
			else if (partial.matches()) {
				String year = partial.group(1) != null ? partial.group(1) : partial.group(4);
				String month = partial.group(1) != null ? partial.group(2) : partial.group(3);
				this.values.put("grantDatePartial",
						month == null ? year : year + "-" + String.format("%02d", Integer.parseInt(month)));
			}
			else {
				fail("grantDate", "validation.import.date", given);
			}
		}

		void yesNo(String column) {
			String given = this.row.value(column);
			if (given != null) {
				Boolean value = YES_NO.get(VietnameseText.fold(given));
				if (value == null) {
					fail(column, "validation.import.yesNo", given);
				}
				this.values.put(column, value);
			}
		}

		private void fail(String column, String key, Object... arguments) {
			this.errors.add(new ImportReport.RowError(this.row.line(), column, key, arguments));
		}

	}

	/**
	 * {@code yyyy-mm-dd} (a time after it is ignored) or {@code dd/mm/yyyy}; null when
	 * neither.
	 */
	static LocalDate parseDate(String text) {
		try {
			Matcher iso = ISO.matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			Matcher dayFirst = DAY_FIRST.matcher(text);
			if (dayFirst.matches()) {
				return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
						Integer.parseInt(dayFirst.group(1)));
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

}

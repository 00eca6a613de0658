package vn.dost.registry.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.dost.registry.shared.VietnameseText;

/**
 * One data row of a table file (CSV, or a workbook sheet turned into CSV): its line in
 * the file (the header is line 1) and its cells by column name; {@code extraCells} when
 * it has filled cells beyond the named columns.
 */
record TableRow(int line, Map<String, String> cells, boolean extraCells) {

	/**
	 * The cell in NFC without surrounding white space; null when empty or when the column
	 * is absent.
	 */
	String value(String column) {
		return VietnameseText.clean(this.cells.get(column));
	}

	/** The cell split at {@code ;} into cleaned, non-empty parts. */
	List<String> list(String column) {
		String value = value(column);
		return value == null ? List.of()
				: Arrays.stream(value.split(";")).map(VietnameseText::clean).filter(part -> part != null).toList();
	}

}

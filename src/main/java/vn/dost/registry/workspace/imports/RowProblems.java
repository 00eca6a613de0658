package vn.dost.registry.workspace.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.dost.registry.exchange.ImportReport;
import vn.dost.registry.exchange.ReportedRows;
import vn.dost.registry.shared.Problems;

/**
 * The problems of one row of an import file, in the user's language, with the row's cells
 * as the file has them and the cells the problems are about marked.
 *
 * @param cells the row's cells under their headers (empty when the file no longer has the
 * row, or for rows past {@link #ROWS_WITH_CELLS})
 */
record RowProblems(int row, List<Problem> problems, List<Cell> cells) {

	/** How many rows are shown with their cells; the rest with their problems only. */
	static final int ROWS_WITH_CELLS = 100;

	/** One problem: the column (its header in the file) and what is wrong. */
	record Problem(String column, String message) {
	}

	/** One cell: its column's header, its value, and whether a problem is about it. */
	record Cell(String header, String value, boolean offending) {
	}

	/** The rows a report names, in their order, each with its problems. */
	static List<RowProblems> of(ImportReport report, ReportedRows.Table table, Problems problems, Locale locale) {
		Map<Integer, List<ImportReport.RowError>> byRow = report.errors()
			.stream()
			.collect(Collectors.groupingBy(ImportReport.RowError::row, LinkedHashMap::new, Collectors.toList()));
		List<RowProblems> rows = new ArrayList<>();
		byRow.forEach((row, errors) -> {
			List<Problem> found = errors.stream()
				.map(error -> new Problem(table == null ? error.field() : table.headerOf(error.field()),
						problems.message(error.messageKey(), locale, error.arguments())))
				.toList();
			Set<String> about = errors.stream().map(ImportReport.RowError::field).collect(Collectors.toSet());
			rows.add(new RowProblems(row, found, cells(table, row, about)));
		});
		return rows;
	}

	/** The lines whose cells are worth reading: the first rows with problems. */
	static Set<Integer> linesToRead(ImportReport report) {
		return report.errors()
			.stream()
			.map(ImportReport.RowError::row)
			.distinct()
			.limit(ROWS_WITH_CELLS)
			.collect(Collectors.toSet());
	}

	private static List<Cell> cells(ReportedRows.Table table, int row, Set<String> about) {
		List<String> values = table == null ? null : table.cells().get(row);
		if (values == null) {
			return List.of();
		}
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < Math.max(values.size(), table.headers().size()); i++) {
			String header = i < table.headers().size() ? table.headers().get(i) : "";
			String column = i < table.columns().size() ? table.columns().get(i) : null;
			String value = i < values.size() ? values.get(i) : "";
			// a cell past the last header is what an "extra cells" problem (no column) is
			// about
			boolean beyond = i >= table.headers().size() && about.contains("");
			boolean offending = beyond
					|| (row == 1 ? about.contains(header) : column != null && about.contains(column));
			cells.add(new Cell(header, value, offending));
		}
		return cells;
	}

}

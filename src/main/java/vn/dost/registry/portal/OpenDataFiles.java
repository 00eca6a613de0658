package vn.dost.registry.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the open-data CSV (UTF-8 with a byte-order mark, so that Excel reads the
 * Vietnamese letters right) and XLSX (streaming: only a window of rows in memory; one
 * header row, dates as date cells). Plain blocking code: run it off the event loop.
 * <p>
 * A spreadsheet opening the CSV would run a text cell that starts like a formula
 * ({@code =HYPERLINK(…)}), so such text gets a leading apostrophe ({@link #csvText}).
 * XLSX text goes into string cells, which a spreadsheet never evaluates, so it keeps its
 * exact value.
 */
final class OpenDataFiles {

	/** Rows an XLSX keeps in memory while the rest are flushed to a temporary file. */
	private static final int WINDOW = 200;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * First characters that make a spreadsheet read a CSV cell as a formula (OWASP's
	 * list: = + - @ tab, carriage return), and the apostrophe itself, so that dropping
	 * one leading apostrophe always gives the value back.
	 */
	private static final String NEUTRALISED = "=+-@\t\r'";

	private OpenDataFiles() {
	}

	static void csv(List<OpenDataColumns.Row> rows, OutputStream out) {
		csv(OpenDataColumns.ALL.stream().map(OpenDataColumns.Column::header).toList(), rows,
				row -> OpenDataColumns.ALL.stream().map(column -> column.value().apply(row)).toList(), out);
	}

	/** A CSV of the given columns, each row's values in their order. */
	static <T> void csv(List<String> headers, List<T> rows, Function<T, List<Object>> values, OutputStream out) {
		try {
			out.write(BOM);
			Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
				csv.writeRecord(headers);
				for (T row : rows) {
					csv.writeRecord(values.apply(row).stream().map(OpenDataFiles::csvText).toList());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void xlsx(List<OpenDataColumns.Row> rows, OutputStream out) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet sheet = workbook.createSheet("registrations");
			Row header = sheet.createRow(0);
			for (int c = 0; c < OpenDataColumns.ALL.size(); c++) {
				header.createCell(c).setCellValue(OpenDataColumns.ALL.get(c).header());
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (OpenDataColumns.Row row : rows) {
				Row line = sheet.createRow(r++);
				for (int c = 0; c < OpenDataColumns.ALL.size(); c++) {
					cell(line, c, OpenDataColumns.ALL.get(c).value().apply(row), date);
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static void cell(Row line, int column, Object value, CellStyle date) {
		if (value == null) {
			return;
		}
		Cell cell = line.createCell(column);
		if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(date);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/**
	 * A value as CSV text: text that could start a formula with an apostrophe in front;
	 * dates ({@code YYYY-MM-DD}), codes and numbers as they are (none of them can start
	 * with one of those characters).
	 */
	static String csvText(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		boolean risky = value instanceof String && !text.isEmpty() && NEUTRALISED.indexOf(text.charAt(0)) >= 0;
		return risky ? "'" + text : text;
	}

}

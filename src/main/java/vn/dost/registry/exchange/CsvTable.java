package vn.dost.registry.exchange;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A CSV file read one row at a time, never whole: UTF-8 with or without a byte-order
 * mark, fields separated by commas or semicolons (whichever the header line has more of,
 * outside quotes), the first line naming the columns. A first column named
 * {@value #LINE_COLUMN} gives each row's line (a workbook's row number).
 */
final class CsvTable implements Closeable {

	static final String LINE_COLUMN = "#line";

	/**
	 * How far the separator is looked for: the header line of a sane file is far shorter.
	 */
	private static final int SNIFF_BYTES = 64 * 1024;

	private final CsvReader<CsvRecord> reader;

	private final Iterator<CsvRecord> records;

	private final List<String> header;

	private final boolean lineColumn;

	/** Where the last record read started: a record the reader refuses comes after it. */
	private long lastLine;

	private CsvTable(CsvReader<CsvRecord> reader) {
		this.reader = reader;
		this.records = reader.iterator();
		this.header = hasNext() ? next().getFields() : List.of();
		this.lineColumn = !this.header.isEmpty() && this.header.get(0).equals(LINE_COLUMN);
	}

	/** Opens the table; the stream is closed with it. */
	static CsvTable open(InputStream input) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(input, SNIFF_BYTES);
		char separator = separator(buffered);
		return new CsvTable(CsvReader.builder()
			.detectBomHeader(true)
			.fieldSeparator(separator)
			.allowMissingFields(true)
			.allowExtraFields(true)
			.ofCsvRecord(buffered));
	}

	/** The column names as the header line gives them (without the line column). */
	List<String> header() {
		return this.lineColumn ? this.header.subList(1, this.header.size()) : this.header;
	}

	/**
	 * The data rows, each cell under the column name at its position ({@code columns}
	 * lines up with {@link #header()}; a null name leaves the cell out). Rows with no
	 * filled cell are skipped.
	 */
	Iterator<TableRow> rows(List<String> columns) {
		int offset = this.lineColumn ? 1 : 0;
		return new Iterator<>() {

			private TableRow next = advance();

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public TableRow next() {
				TableRow row = this.next;
				this.next = advance();
				return row;
			}

			private TableRow advance() {
				while (CsvTable.this.hasNext()) {
					TableRow row = row(CsvTable.this.next(), columns, offset);
					if (row != null) {
						return row;
					}
				}
				return null;
			}

		};
	}

	/**
	 * The cells of the rows at the given lines, as the file has them (the line column
	 * left out), by line; reading stops once every line is found, or at a line the reader
	 * refuses (its problem is already in the report; it has no cells to show).
	 */
	Map<Integer, List<String>> cellsAt(Set<Integer> lines) {
		int offset = this.lineColumn ? 1 : 0;
		Map<Integer, List<String>> found = new TreeMap<>();
		try {
			while (found.size() < lines.size() && hasNext()) {
				CsvRecord record = next();
				int line = offset == 1 ? Integer.parseInt(record.getField(0)) : (int) record.getStartingLineNumber();
				if (lines.contains(line)) {
					found.put(line, List.copyOf(record.getFields().subList(offset, record.getFieldCount())));
				}
			}
		}
		catch (UnreadableLine ex) {
			return found;
		}
		return found;
	}

	/**
	 * Whether another record follows; {@link UnreadableLine} when the reader refuses it
	 * (a field over its 16 MiB).
	 */
	private boolean hasNext() {
		try {
			return this.records.hasNext();
		}
		catch (CsvParseException ex) {
			throw new UnreadableLine((int) this.lastLine + 1, TextLines.TOO_LONG, ex);
		}
	}

	private CsvRecord next() {
		try {
			CsvRecord record = this.records.next();
			this.lastLine = record.getStartingLineNumber();
			return record;
		}
		catch (CsvParseException ex) {
			throw new UnreadableLine((int) this.lastLine + 1, TextLines.TOO_LONG, ex);
		}
	}

	private static TableRow row(CsvRecord record, List<String> columns, int offset) {
		Map<String, String> cells = new HashMap<>();
		boolean filled = false;
		boolean extra = false;
		for (int i = offset; i < record.getFieldCount(); i++) {
			String cell = record.getField(i);
			if (cell.isBlank()) {
				continue;
			}
			filled = true;
			int column = i - offset;
			if (column >= columns.size()) {
				extra = true;
			}
			else if (columns.get(column) != null) {
				cells.put(columns.get(column), cell);
			}
		}
		if (!filled) {
			return null;
		}
		int line = offset == 1 ? Integer.parseInt(record.getField(0)) : (int) record.getStartingLineNumber();
		return new TableRow(line, cells, extra);
	}

	/**
	 * A semicolon when the first line has more of them than commas outside quotes, else a
	 * comma.
	 */
	private static char separator(BufferedInputStream input) throws IOException {
		input.mark(SNIFF_BYTES);
		byte[] start = input.readNBytes(SNIFF_BYTES - 1);
		input.reset();
		String text = new String(start, StandardCharsets.UTF_8);
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}

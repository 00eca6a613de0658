package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read as a stream of SAX events (never as a whole
 * workbook) and written out as a CSV table whose first column keeps each row's number in
 * the sheet. Date cells become {@code yyyy-mm-dd}, whatever format the sheet shows them
 * in.
 */
final class XlsxTable {

	private XlsxTable() {
	}

	/** Whether the file starts like a ZIP archive, as every XLSX workbook does. */
	static boolean isWorkbook(Path file) throws IOException {
		try (InputStream input = Files.newInputStream(file)) {
			byte[] start = input.readNBytes(4);
			return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
		}
	}

	/** Writes the workbook's first sheet to {@code csv}. */
	static void toCsv(Path workbook, Path csv) throws IOException {
		try (OPCPackage opc = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
				Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CsvWriter out = CsvWriter.builder().build(writer)) {
			XSSFReader reader = new XSSFReader(opc);
			reader.setUseReadOnlySharedStringsTable(true);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new SheetReferences(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						reader.getSharedStringsTable(), new Rows(out), new IsoDates(), false)));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException ex) {
			throw new IOException("Not a readable XLSX workbook", ex);
		}
	}

	/**
	 * Collects each row's cells by column and writes the row when it ends (every cell has
	 * its reference by then: {@link SheetReferences}).
	 */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final CsvWriter out;

		private final List<String> cells = new ArrayList<>();

		private boolean headerWritten;

		Rows(CsvWriter out) {
			this.out = out;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			while (this.cells.size() <= column) {
				this.cells.add("");
			}
			this.cells.set(column, value == null ? "" : value);
		}

		@Override
		public void endRow(int rowNum) {
			if (this.cells.stream().allMatch(String::isBlank)) {
				return;
			}
			List<String> record = new ArrayList<>(this.cells.size() + 1);
			record.add(this.headerWritten ? Integer.toString(rowNum + 1) : CsvTable.LINE_COLUMN);
			record.addAll(this.cells);
			this.out.writeRecord(record);
			this.headerWritten = true;
		}

	}

	/** Formats date cells as ISO dates and everything else as the sheet shows it. */
	private static final class IsoDates extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

	}

}

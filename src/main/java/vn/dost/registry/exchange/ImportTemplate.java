package vn.dost.registry.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;

/**
 * The import template workbook: one sheet with the columns in order and drop-down lists
 * for every column with a fixed set of values, and a second sheet explaining each column
 * with its Vietnamese headers.
 */
final class ImportTemplate {

	/** Rows of the sheet the drop-down lists cover. */
	private static final int ROWS = 50_000;

	private static final Map<String, List<String>> CHOICES = Map.of("type", names(RegistrationType.values()),
			"productGroup", names(ProductGroup.values()), "status", names(RegistrationStatus.values()), "holderKind",
			names(HolderKind.values()), "public", List.of("TRUE", "FALSE"));

	private static final Map<String, String> FORMATS = Map.of("aliases", "a; b; c", "niceClasses", "29; 30",
			"additionalProvinces", "a; b", "filingDate", "dd/mm/yyyy | yyyy-mm-dd", "grantDate",
			"dd/mm/yyyy | yyyy-mm-dd | yyyy | mm/yyyy");

	private ImportTemplate() {
	}

	static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			XSSFSheet titles = workbook.createSheet("registrations");
			Row header = titles.createRow(0);
			List<String> columns = List.copyOf(ImportColumns.COLUMNS.keySet());
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(columns.get(i));
				header.getCell(i).setCellStyle(bold);
				titles.setColumnWidth(i, 20 * 256);
				List<String> choices = CHOICES.get(columns.get(i));
				if (choices != null) {
					choose(titles, i, choices);
				}
			}
			titles.createFreezePane(0, 1);
			explain(workbook.createSheet("huong-dan"), columns, bold);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void choose(XSSFSheet sheet, int column, List<String> choices) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(choices.toArray(String[]::new)),
				new CellRangeAddressList(1, ROWS, column, column));
		validation.setShowErrorBox(true);
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	private static void explain(XSSFSheet sheet, List<String> columns, CellStyle bold) {
		Row header = sheet.createRow(0);
		List<String> titles = List.of("column", "Tiêu đề tiếng Việt được chấp nhận", "values / format");
		for (int i = 0; i < titles.size(); i++) {
			header.createCell(i).setCellValue(titles.get(i));
			header.getCell(i).setCellStyle(bold);
			sheet.setColumnWidth(i, 45 * 256);
		}
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			Row row = sheet.createRow(i + 1);
			row.createCell(0).setCellValue(column);
			row.createCell(1).setCellValue(String.join(" | ", ImportColumns.COLUMNS.get(column)));
			List<String> choices = CHOICES.get(column);
			row.createCell(2)
				.setCellValue(choices != null ? String.join(", ", choices) : FORMATS.getOrDefault(column, ""));
		}
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}

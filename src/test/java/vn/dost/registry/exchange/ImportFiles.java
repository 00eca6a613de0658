package vn.dost.registry.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Import files written as a department would: CSV with commas or semicolons, with or
 * without BOM, or XLSX.
 */
final class ImportFiles {

	static final List<String> HEADER = List.of("type", "name", "product", "productGroup", "niceClasses", "province",
			"applicationNumber", "filingDate", "registrationNumber", "grantDate", "status", "holderName", "holderKind");

	private ImportFiles() {
	}

	/** A granted collective mark row; dates as {@code dd/mm/yyyy}. */
	static List<String> mark(String name, String province, int serial, String holder) {
		return new ArrayList<>(
				List.of("COLLECTIVE_MARK", name, "Quả bưởi", "FOOD", "31", province, "4-2020-" + serial, "10/03/2020",
						"4-" + String.format("%07d", serial) + "-000", "2021-05-20", "GRANTED", holder, "COOPERATIVE"));
	}

	static byte[] csv(List<List<String>> rows, char separator, boolean bom) {
		StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
		text.append(line(HEADER, separator));
		rows.forEach(row -> text.append(line(row, separator)));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String line(List<String> cells, char separator) {
		return cells.stream()
			.map(cell -> cell.indexOf(separator) >= 0 || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"'
					: cell)
			.collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
	}

	/**
	 * The rows as a workbook: dates as date cells (any {@code dd/mm/yyyy} or ISO text),
	 * Nice classes as numbers.
	 */
	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			XSSFSheet sheet = workbook.createSheet("Văn bằng");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				header.createCell(i).setCellValue(HEADER.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int i = 0; i < rows.get(r).size(); i++) {
					String value = rows.get(r).get(i);
					LocalDate parsed = ImportRow.parseDate(value);
					if (parsed != null) {
						row.createCell(i).setCellValue(parsed);
						row.getCell(i).setCellStyle(date);
					}
					else if (HEADER.get(i).equals("niceClasses") && value.matches("\\d+")) {
						row.createCell(i).setCellValue(Integer.parseInt(value));
					}
					else if (!value.isEmpty()) {
						row.createCell(i).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Sends the file as the multipart part {@code file}, as a browser form does (the body
	 * is put together here: the client's own multipart writer draws its boundary from a
	 * blocking random source).
	 */
	static WebTestClient.ResponseSpec upload(WebTestClient client, byte[] file, String fileName, boolean dryRun,
			String language) {
		String boundary = "import-test-boundary-" + file.length;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.post()
			.uri("/api/v1/imports?dryRun={dryRun}", dryRun)
			.header("Accept-Language", language)
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
			.bodyValue(body.toByteArray())
			.exchange();
	}

}

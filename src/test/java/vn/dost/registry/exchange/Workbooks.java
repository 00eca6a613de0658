package vn.dost.registry.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX workbooks written part by part, as other tools write them (no cell references) or
 * as an attacker would (external entities, entity expansion, a zip bomb).
 */
public final class Workbooks {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private Workbooks() {
	}

	/**
	 * One sheet of inline-string cells whose rows and cells carry no {@code r} reference.
	 */
	public static byte[] withoutCellReferences(List<List<String>> rows) {
		String sheetData = rows.stream()
			.map(row -> row.stream()
				.map(cell -> cell.isEmpty() ? "<c/>" : "<c t=\"inlineStr\"><is><t>" + escape(cell) + "</t></is></c>")
				.collect(Collectors.joining("", "<row>", "</row>")))
			.collect(Collectors.joining());
		return workbook("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
				+ sheetData + "</sheetData></worksheet>");
	}

	/** A sheet whose cell holds an external entity pointing at a local file. */
	public static byte[] externalEntity() {
		return workbook("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM "
				+ "\"file:///etc/passwd\">]><worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" "
				+ "t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>");
	}

	/** A sheet whose entities expand to billions of characters. */
	public static byte[] billionLaughs() {
		StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY l").append(i).append(" \"");
			entities.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		return workbook("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [" + entities
				+ "]><worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;"
				+ "</t></is></c></row></sheetData></worksheet>");
	}

	/**
	 * A sheet of {@code megabytes} MB that compresses to a few hundred KB: a zip bomb's
	 * ratio.
	 */
	public static byte[] zipBomb(int megabytes) {
		String blank = " ".repeat(1024 * 1024);
		StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
				+ "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>type</t></is></c></row>");
		sheet.append(blank.repeat(megabytes));
		return workbook(sheet.append("</sheetData></worksheet>").toString());
	}

	private static byte[] workbook(String sheet) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
				+ "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
				+ "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
				+ "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
				+ "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
				+ "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
				+ "\"/></Types>");
		parts.put("_rels/.rels",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELATIONSHIPS
						+ "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE
						+ "/officeDocument\" Target=\"xl/workbook.xml\"/>" + "</Relationships>");
		parts.put("xl/workbook.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE
						+ "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>" + "</workbook>");
		parts.put("xl/_rels/workbook.xml.rels",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELATIONSHIPS
						+ "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE
						+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheet);
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}

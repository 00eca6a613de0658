package vn.dost.registry.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dost.registry.shared.VietnameseText;

/**
 * The columns an import file may have: the registration's JSON field names, the holder by
 * name and kind, and the Vietnamese headers departments use for them. Headers are
 * compared without case or diacritics.
 */
final class ImportColumns {

	/** Each column and its Vietnamese headers (the first is the template's). */
	static final Map<String, List<String>> COLUMNS = columns();

	/** Headers of columns that carry nothing to import (a row counter). */
	private static final Set<String> IGNORED = Set.of("stt", "#", "so thu tu", "tt");

	private static final Map<String, String> BY_HEADER = byHeader();

	private ImportColumns() {
	}

	/**
	 * The header read: each position's column (null: ignored) and the problems of the
	 * header line.
	 */
	record Header(List<String> columns, List<ImportReport.RowError> errors) {
	}

	static Header resolve(List<String> headers) {
		List<String> columns = new ArrayList<>();
		List<ImportReport.RowError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String header : headers) {
			String folded = VietnameseText.fold(header).replace("*", "").strip();
			String column = BY_HEADER.get(folded);
			if (column == null && !IGNORED.contains(folded) && !folded.isEmpty()) {
				errors.add(new ImportReport.RowError(1, header, "validation.import.unknownColumn", header));
			}
			if (column != null && !seen.add(column)) {
				errors.add(new ImportReport.RowError(1, header, "validation.import.duplicateColumn", header));
				column = null;
			}
			columns.add(column);
		}
		for (String required : List.of("type", "name")) {
			if (!seen.contains(required) && errors.isEmpty()) {
				errors.add(new ImportReport.RowError(1, required, "validation.import.missingColumn", required));
			}
		}
		return new Header(columns, errors);
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("type", List.of("Loại văn bằng", "Loại"));
		columns.put("name", List.of("Tên", "Tên văn bằng", "Tên gọi"));
		columns.put("sign", List.of("Dấu hiệu", "Dấu hiệu được bảo hộ"));
		columns.put("aliases", List.of("Tên gọi khác"));
		columns.put("product", List.of("Sản phẩm", "Sản phẩm mang nhãn hiệu"));
		columns.put("productGroup", List.of("Nhóm sản phẩm"));
		columns.put("niceClasses", List.of("Nhóm Nice", "Phân loại Nice"));
		columns.put("province", List.of("Tỉnh", "Tỉnh/thành phố", "Tỉnh thành"));
		columns.put("additionalProvinces", List.of("Tỉnh khác", "Các tỉnh khác"));
		columns.put("country", List.of("Quốc gia"));
		columns.put("area", List.of("Khu vực", "Khu vực địa lý", "Vùng sản xuất"));
		columns.put("applicationNumber", List.of("Số đơn"));
		columns.put("filingDate", List.of("Ngày nộp đơn", "Ngày nộp"));
		columns.put("registrationNumber", List.of("Số văn bằng", "Số giấy chứng nhận", "Số bằng"));
		columns.put("grantDate", List.of("Ngày cấp", "Ngày cấp văn bằng"));
		columns.put("grantDecision", List.of("Quyết định cấp", "Số quyết định cấp"));
		columns.put("status", List.of("Trạng thái", "Tình trạng"));
		columns.put("holderName", List.of("Chủ văn bằng", "Chủ sở hữu", "Tổ chức quản lý"));
		columns.put("holderKind", List.of("Loại chủ văn bằng", "Loại tổ chức"));
		columns.put("description", List.of("Mô tả"));
		columns.put("specificCharacteristics", List.of("Tính chất đặc thù", "Chất lượng đặc thù"));
		columns.put("public", List.of("Công khai"));
		return columns;
	}

	private static Map<String, String> byHeader() {
		Map<String, String> byHeader = new HashMap<>();
		COLUMNS.forEach((column, headers) -> {
			byHeader.put(VietnameseText.fold(column), column);
			headers.forEach(header -> byHeader.put(VietnameseText.fold(header), column));
		});
		return byHeader;
	}

}

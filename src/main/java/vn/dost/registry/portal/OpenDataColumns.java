package vn.dost.registry.portal;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of the open-data CSV and XLSX files, in order, each with the value it takes
 * from a public title: text, a whole number, or a date (typed date cells in XLSX,
 * {@code YYYY-MM-DD} in CSV). Documented in {@code docs/open-data.md}.
 */
final class OpenDataColumns {

	/**
	 * One column: its header and its value for a title (null when the title has none).
	 */
	record Column(String header, Function<Row, Object> value) {
	}

	/** A title with its public record page address. */
	record Row(PublicRegistration title, String url) {
	}

	static final List<Column> ALL = List.of(new Column("id", row -> row.title().id()),
			new Column("type", row -> row.title().type()), new Column("name", row -> row.title().name()),
			new Column("sign", row -> row.title().sign()), new Column("aliases", row -> joined(row.title().aliases())),
			new Column("product", row -> row.title().product()),
			new Column("productGroup", row -> row.title().productGroup()),
			new Column("niceClasses", row -> joined(row.title().niceClasses())),
			new Column("province", row -> row.title().province()),
			new Column("currentProvince", row -> joined(row.title().currentProvinces())),
			new Column("area", row -> row.title().area()),
			new Column("applicationNumber", row -> row.title().applicationNumber()),
			new Column("filingDate", row -> row.title().filingDate()),
			new Column("registrationNumber", row -> row.title().registrationNumber()),
			new Column("grantDate", row -> row.title().grantDate()),
			new Column("grantDatePartial", row -> row.title().grantDatePartial()),
			new Column("grantDecision", row -> row.title().grantDecision()),
			new Column("expiryDate", row -> row.title().expiryDate()),
			new Column("status", row -> row.title().status()),
			new Column("renewalState", row -> row.title().renewal() == null ? null : row.title().renewal().state()),
			new Column("holderName", row -> row.title().holderName()), new Column("url", Row::url));

	private OpenDataColumns() {
	}

	private static String joined(List<?> values) {
		return values.isEmpty() ? null : String.join(";", values.stream().map(String::valueOf).toList());
	}

}

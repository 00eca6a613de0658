package vn.dost.registry.exchange.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.exchange.ImportReport;
import vn.dost.registry.shared.Problems;

/**
 * The answer to an import or a restore: 200 with the report, or, when any row has a
 * problem, a 400 problem that carries the same report and each problem as {@code {row,
 * field, message}} in the user's language.
 */
@Component
class ReportBodies {

	private final Problems problems;

	ReportBodies(Problems problems) {
		this.problems = problems;
	}

	ResponseEntity<Map<String, Object>> respond(Map<String, Object> report, List<ImportReport.RowError> errors,
			String problemType, ServerWebExchange exchange, Object... arguments) {
		Locale locale = locale(exchange);
		boolean rejected = !errors.isEmpty();
		Map<String, Object> body = rejected
				? this.problems.body(HttpStatus.BAD_REQUEST, problemType, locale, exchange, arguments)
				: new LinkedHashMap<>();
		body.putAll(report);
		body.put("errors", errors.stream().map(error -> {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("row", error.row());
			shown.put("field", error.field());
			shown.put("message", this.problems.message(error.messageKey(), locale, error.arguments()));
			return shown;
		}).toList());
		return ResponseEntity.status(rejected ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.contentType(rejected ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
			.body(body);
	}

	/** A message in the user's language. */
	String message(ServerWebExchange exchange, String key, Object... arguments) {
		return this.problems.message(key, locale(exchange), arguments);
	}

	private static Locale locale(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return locale == null ? Locale.forLanguageTag("vi") : locale;
	}

}

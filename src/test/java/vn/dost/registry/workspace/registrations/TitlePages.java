package vn.dost.registry.workspace.registrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.TestData;

/**
 * Reading the titles' pages in tests: their text as a reader sees it, the rows of a
 * table, and a title as the API has it now.
 */
final class TitlePages {

	private TitlePages() {
	}

	/** The words of the page (or part of it), tags removed, spaces collapsed. */
	static String text(String html) {
		return html.replaceAll("(?s)<head>.*?</head>", " ")
			.replaceAll("</?(span|strong|time|del|ins|a|em|b)(\\s[^>]*)?>", "")
			.replaceAll("<[^>]+>", " ")
			.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ")
			.strip();
	}

	/** The part of the page from the element with the id to the end of its section. */
	static String part(String html, String id) {
		int start = html.lastIndexOf('<', html.indexOf("id=\"" + id + "\""));
		if (!html.contains("id=\"" + id + "\"")) {
			throw new AssertionError("no element with id " + id);
		}
		int end = html.indexOf("</section>", start);
		return html.substring(start, end < 0 ? html.length() : end);
	}

	/** The text of each row of the table's body with the id. */
	static List<String> rows(String html, String tableId) {
		String table = html.substring(html.indexOf("id=\"" + tableId + "\""));
		table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
		List<String> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
		while (row.find()) {
			rows.add(text(row.group(1)));
		}
		return rows;
	}

	/** The title as the API answers it now. */
	static Map<String, Object> stored(WebTestClient admin, Object id) {
		return TestData.json(admin, "/api/v1/registrations/{id}", id);
	}

	/** The title's history as the API answers it, oldest first. */
	static List<Map<String, Object>> history(WebTestClient admin, Object id) {
		return TestData.history(admin, id);
	}

}

package vn.dost.registry.workspace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paging of a listing page, for the fragment {@code app/fragments :: pager(pager)}:
 * which page of how many, and the links to the pages before and after, each keeping the
 * listing's other parameters.
 *
 * @param page the page shown, from 0
 * @param pages how many pages there are (at least 1)
 * @param total how many items there are on all pages
 */
public record Pager(int page, int pages, long total, String previous, String next) {

	/**
	 * The paging of a listing at {@code path} with the given parameters (without
	 * {@code page}).
	 */
	public static Pager of(String path, Map<String, ?> parameters, int page, int size, long total) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Pager(page, pages, total, page > 0 ? link(path, parameters, page - 1) : null,
				page + 1 < pages ? link(path, parameters, page + 1) : null);
	}

	private static String link(String path, Map<String, ?> parameters, int page) {
		Map<String, Object> withPage = new LinkedHashMap<>(parameters);
		withPage.put("page", page == 0 ? null : page);
		return WorkspaceLinks.link(path, withPage);
	}

}

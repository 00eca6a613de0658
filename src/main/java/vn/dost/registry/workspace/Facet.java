package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One facet of a listing page, for the fragment
 * {@code app/fragments :: facet(facet, labels)}: each value with its count and the link
 * that filters by it (or, for the value chosen, the link that drops the filter), keeping
 * the listing's other parameters and going back to its first page.
 *
 * @param parameter the listing's parameter this facet sets, e.g. {@code status}
 */
public record Facet(String parameter, List<Option> options) {

	/** One value: its count, whether it is the one chosen, and the link to click. */
	public record Option(String value, long count, boolean chosen, String href) {
	}

	/**
	 * The facet of the counts by value, for the listing at {@code path} with the given
	 * parameters (the facet's own among them when one is chosen).
	 */
	public static Facet of(String parameter, Map<String, Long> counts, String path, Map<String, ?> parameters) {
		Object chosen = parameters.get(parameter);
		List<Option> options = new ArrayList<>();
		counts.forEach((value, count) -> {
			boolean isChosen = value.equals(chosen == null ? null : chosen.toString());
			Map<String, Object> next = new LinkedHashMap<>(parameters);
			next.put(parameter, isChosen ? null : value);
			next.remove("page");
			options.add(new Option(value, count, isChosen, WorkspaceLinks.link(path, next)));
		});
		return new Facet(parameter, List.copyOf(options));
	}

}

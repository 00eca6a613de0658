package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dost.registry.registry.RegistrationHits;
import vn.dost.registry.workspace.Facet;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * The titles listing page: what was asked (the parameters, kept in every link), the rows
 * of the page shown, the facets with their counts over everything found, the paging, and
 * the orders to choose from.
 *
 * @param parameters the listing's parameters as asked (without {@code page}), for links
 * @param approximate whether the titles were found only by the typo-tolerant retry
 */
public record TitleListing(Map<String, String> parameters, List<TitleRow> rows, long total, boolean approximate,
		List<Facet> facets, Pager pager, List<String> sorts) {

	/** Titles on one page of the listing. */
	static final int PAGE_SIZE = 25;

	/** The orders to choose from; by relevance only with words to search. */
	static final List<String> SORTS = List.of("relevance", "name", "-grantDate", "expiryDate");

	/**
	 * One facet: the listing's parameter, the index's dimension that counts it, and the
	 * prefix of its values' words (null for provinces, shown by name).
	 */
	private record Dimension(String parameter, String counted, String labels) {
	}

	private static final List<Dimension> FACETS = List.of(new Dimension("type", "type", "app.type."),
			new Dimension("status", "status", "app.status."), new Dimension("province", "currentProvince", null),
			new Dimension("productGroup", "productGroup", "app.group."),
			new Dimension("dataIssue", "dataIssue", "app.dataIssue."));

	static TitleListing of(Map<String, String> parameters, int page, RegistrationHits hits, LocalDate today) {
		List<Facet> facets = new ArrayList<>();
		for (Dimension facet : FACETS) {
			Map<String, Long> counts = hits.facets().getOrDefault(facet.counted(), Map.of());
			if (!counts.isEmpty()) {
				facets.add(Facet.of(facet.parameter(), counts, WorkspaceLinks.REGISTRATIONS, parameters));
			}
		}
		List<String> sorts = SORTS.stream()
			.filter(sort -> parameters.get("q") != null || !sort.equals("relevance"))
			.toList();
		return new TitleListing(parameters, hits.items().stream().map(title -> TitleRow.of(title, today)).toList(),
				hits.totalItems(), hits.approximate(), List.copyOf(facets),
				Pager.of(WorkspaceLinks.REGISTRATIONS, parameters, page, PAGE_SIZE, hits.totalItems()), sorts);
	}

	/** The parameters the facets set, in the order shown. */
	static List<String> facetParameters() {
		return FACETS.stream().map(Dimension::parameter).toList();
	}

	/** The words' prefix of a facet's values (null: shown as they are). */
	public String labels(String parameter) {
		for (Dimension facet : FACETS) {
			if (facet.parameter().equals(parameter)) {
				return facet.labels();
			}
		}
		return null;
	}

	/** The value asked for a parameter, or empty. */
	public String asked(String parameter) {
		return this.parameters.getOrDefault(parameter, "");
	}

	/** Whether any filter narrows the listing. */
	public boolean filtered() {
		return this.parameters.keySet().stream().anyMatch(name -> !name.equals("sort"));
	}

	/** The parameters as a listing's query, from the request's (blank ones dropped). */
	static Map<String, String> parameters(Map<String, String> asked) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (String name : List.of("q", "type", "status", "province", "productGroup", "dataIssue", "sort")) {
			String value = asked.get(name);
			if (value != null && !value.isBlank()) {
				kept.put(name, value.strip());
			}
		}
		return kept;
	}

}

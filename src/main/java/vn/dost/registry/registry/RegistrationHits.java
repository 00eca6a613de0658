package vn.dost.registry.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of titles found by a listing, with the exact number found, the counts per
 * facet value over all of them, and whether they were found only by the typo-tolerant
 * retry.
 */
public record RegistrationHits(List<RegistrationListing> items, long totalItems, Map<String, Map<String, Long>> facets,
		boolean approximate) {

	public RegistrationHits {
		items = List.copyOf(items);
		// answers are kept and shared between requests (index/KeptAnswers): nothing in
		// one may change
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		facets.forEach(
				(dimension, values) -> counts.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
		facets = Collections.unmodifiableMap(counts);
	}

}

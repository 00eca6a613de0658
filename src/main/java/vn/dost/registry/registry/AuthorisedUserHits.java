package vn.dost.registry.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of authorised users found by a public lookup, with the exact number found, the
 * counts per status and per province over all of them (in the order shown), and whether
 * they were found only by the typo-tolerant retry.
 */
public record AuthorisedUserHits(List<AuthorisedUserListing> items, long totalItems,
		Map<String, Map<String, Long>> facets, boolean approximate) {

	public AuthorisedUserHits {
		items = List.copyOf(items);
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		facets.forEach((dimension, values) -> counts.put(dimension, Collections.unmodifiableMap(values)));
		facets = Collections.unmodifiableMap(counts);
	}

}

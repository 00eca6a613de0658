package vn.dost.registry.portal;

import java.util.List;
import java.util.Map;

/**
 * One page of public titles, with the exact total and the counts per facet value over
 * every public title the query finds, and whether they were found only by the
 * typo-tolerant retry.
 */
record PublicListing(List<PublicRegistration> items, int page, int size, long totalItems, int totalPages,
		Map<String, Map<String, Long>> facets, boolean approximate) {
}

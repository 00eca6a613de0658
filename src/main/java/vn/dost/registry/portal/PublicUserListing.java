package vn.dost.registry.portal;

import java.util.List;
import java.util.Map;

/**
 * One page of authorised users found by a public lookup, with the exact total, the counts
 * per {@code status} and {@code province} over all of them, and whether they were found
 * only by the typo-tolerant retry.
 */
record PublicUserListing(List<PublicAuthorisedUser> items, int page, int size, long totalItems, int totalPages,
		Map<String, Map<String, Long>> facets, boolean approximate) {
}

package vn.dost.registry.registry.web;

import java.util.List;
import java.util.Map;

/**
 * One page of a listing of titles: the page, the exact total, the counts per facet value
 * over the whole filtered result, and whether the titles were found only by the
 * typo-tolerant retry.
 */
record RegistrationListResponse(List<RegistrationResponse> items, int page, int size, long totalItems, int totalPages,
		Map<String, Map<String, Long>> facets, boolean approximate) {
}

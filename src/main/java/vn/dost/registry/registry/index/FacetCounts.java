package vn.dost.registry.registry.index;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsCollector;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.VietnameseText;

/**
 * Counts per facet value over every title a query matched, in a stable order:
 * enumerations in their declared order, provinces by count then Vietnamese name, years
 * ascending. A mark lapsed since the last sweep is counted as expired, as it reads
 * ({@link vn.dost.registry.registry.Standing#statusOn}; see {@code IndexQueries#status}).
 */
final class FacetCounts {

	Map<String, Map<String, Long>> count(FacetedSearcher searcher, FacetsCollector matched, LocalDate today,
			List<String> dimensions) {
		FacetedSearcher.Counted counted = searcher.countFacets(matched, today);
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (String dimension : dimensions) {
			facets.put(dimension, ordered(dimension, counted.counts().getOrDefault(dimension, Map.of())));
		}
		if (facets.containsKey(IndexedFields.STATUS) && counted.lapsed() > 0) {
			correctLapsed(facets.get(IndexedFields.STATUS), counted.lapsed());
		}
		return facets;
	}

	private static void correctLapsed(Map<String, Long> status, long lapsed) {
		String granted = RegistrationStatus.GRANTED.name();
		String expired = RegistrationStatus.EXPIRED.name();
		long stillGranted = status.getOrDefault(granted, 0L) - lapsed;
		status.put(expired, status.getOrDefault(expired, 0L) + lapsed);
		if (stillGranted == 0) {
			status.remove(granted);
		}
		else {
			status.put(granted, stillGranted);
		}
		Map<String, Long> reordered = ordered(IndexedFields.STATUS, status);
		status.clear();
		status.putAll(reordered);
	}

	private static Map<String, Long> ordered(String dimension, Map<String, Long> counts) {
		Comparator<Map.Entry<String, Long>> order = switch (dimension) {
			case IndexedFields.TYPE -> byPosition(names(RegistrationType.values()));
			case IndexedFields.STATUS -> byPosition(names(RegistrationStatus.values()));
			case IndexedFields.PRODUCT_GROUP -> byPosition(names(ProductGroup.values()));
			case IndexedFields.GRANT_YEAR -> Map.Entry.comparingByKey();
			default -> Map.Entry.<String, Long>comparingByValue()
				.reversed()
				.thenComparing(entry -> VietnameseText.collationKey(entry.getKey()));
		};
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(order).forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static Comparator<Map.Entry<String, Long>> byPosition(List<String> order) {
		return Comparator.comparingInt(entry -> order.indexOf(entry.getKey()));
	}

}

package vn.dost.registry.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which row of the current seed edition each stored seed title was entered from: the same
 * type and name (folded, so a corrected spelling such as "Chè vằng" for "Chè vàng" still
 * matches), and the same registration number where several rows share them. Two titles
 * entered from one row are a duplicate an earlier edition held twice.
 */
record SeedMatches(Map<SeedRow, List<SeedRegistration>> byRow, List<SeedRegistration> unmatched,
		List<SeedRow> missing) {

	static SeedMatches of(List<SeedRow> rows, List<SeedRegistration> titles) {
		Map<SeedRow, List<SeedRegistration>> byRow = new LinkedHashMap<>();
		List<SeedRegistration> unmatched = new ArrayList<>();
		for (SeedRegistration title : titles) {
			List<SeedRow> candidates = rows.stream().filter(title::enteredFrom).toList();
			if (candidates.size() > 1) {
				candidates = candidates.stream()
					.filter(row -> Objects.equals(row.registrationNumber(), title.registrationNumber()))
					.toList();
			}
			if (candidates.size() == 1) {
				byRow.computeIfAbsent(candidates.get(0), row -> new ArrayList<>()).add(title);
			}
			else {
				unmatched.add(title);
			}
		}
		List<SeedRow> missing = rows.stream().filter(row -> !byRow.containsKey(row)).toList();
		return new SeedMatches(byRow, List.copyOf(unmatched), missing);
	}

	/** The ids of the titles entered twice or more from one row. */
	List<String> duplicated() {
		return this.byRow.values()
			.stream()
			.filter(titles -> titles.size() > 1)
			.flatMap(titles -> titles.stream().map(SeedRegistration::id))
			.toList();
	}

	/**
	 * The titles of each row to keep: those officers have worked on (history, authorised
	 * users, or an OCOP product among {@code linked}), or else the first created. The
	 * others are the duplicates.
	 */
	Map<SeedRow, List<SeedRegistration>> kept(Set<String> linked) {
		Map<SeedRow, List<SeedRegistration>> kept = new LinkedHashMap<>();
		this.byRow.forEach((row, titles) -> kept.put(row, kept(titles, linked)));
		return kept;
	}

	private static List<SeedRegistration> kept(List<SeedRegistration> titles, Set<String> linked) {
		List<SeedRegistration> worked = titles.stream()
			.filter(title -> title.officerWork() || linked.contains(title.id()))
			.toList();
		if (!worked.isEmpty()) {
			return worked;
		}
		return List.of(titles.stream()
			.min(Comparator.comparing((SeedRegistration title) -> title.title().getCreatedAt())
				.thenComparing(SeedRegistration::id))
			.orElseThrow());
	}

}

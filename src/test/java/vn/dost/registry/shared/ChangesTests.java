package vn.dost.registry.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How history records what changed, for every record the service keeps a history of. */
class ChangesTests {

	enum Colour {

		RED, GREEN

	}

	record Sample(String name, LocalDate day, Colour colour, List<LocalDate> days, boolean flag, int count,
			String hidden) {
	}

	@Test
	void listsEachDifferingComponentInOrderInItsStoredForm() {
		Sample before = new Sample("a", LocalDate.of(2020, 2, 29), Colour.RED, List.of(), false, 1, "x");
		Sample after = new Sample("a", LocalDate.of(2021, 3, 1), Colour.GREEN, List.of(LocalDate.of(2022, 1, 2)), true,
				1, "y");
		Map<String, List<Object>> changes = Changes.between(before, after,
				name -> name.equals("hidden") ? null : name.equals("flag") ? "public" : name);
		assertThat(changes).containsExactly(Map.entry("day", List.of("2020-02-29", "2021-03-01")),
				Map.entry("colour", List.of("RED", "GREEN")),
				Map.entry("days", List.of(List.of(), List.of("2022-01-02"))),
				Map.entry("public", List.of(false, true)));
	}

	@Test
	void comparesANewRecordWithNothingEmptyListsAndFalseBeingNothing() {
		Sample created = new Sample("a", null, Colour.RED, List.of(), false, 3, null);
		assertThat(Changes.between(null, created, name -> name)).containsExactly(
				Map.entry("name", java.util.Arrays.asList(null, "a")),
				Map.entry("colour", java.util.Arrays.asList(null, "RED")),
				Map.entry("count", java.util.Arrays.asList(null, 3)));
	}

	@Test
	void findsNothingBetweenEqualRecords() {
		Sample same = new Sample("a", LocalDate.of(2020, 1, 1), Colour.RED, List.of(), true, 1, "x");
		assertThat(Changes.between(same, same, name -> name)).isEmpty();
	}

}

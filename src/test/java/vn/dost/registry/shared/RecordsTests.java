package vn.dost.registry.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records taken apart and put together by their components' names. */
class RecordsTests {

	record Sample(String name, LocalDate day, List<String> words, boolean flag, int count) {

		Sample {
			words = words == null ? List.of() : List.copyOf(words);
		}

	}

	@Test
	void buildsARecordFromNamedValuesLeavingTheOthersEmpty() {
		Sample sample = Records.of(Sample.class, Map.of("name", "a", "count", 3, "unused", "x"));
		assertThat(sample).isEqualTo(new Sample("a", null, List.of(), false, 3));
	}

	@Test
	void takesARecordApartInDeclarationOrder() {
		Sample sample = new Sample("a", LocalDate.of(2020, 2, 29), List.of("w"), true, 2);
		assertThat(Records.values(sample)).containsExactly(Map.entry("name", "a"),
				Map.entry("day", LocalDate.of(2020, 2, 29)), Map.entry("words", List.of("w")), Map.entry("flag", true),
				Map.entry("count", 2));
	}

	@Test
	void copiesARecordWithSomeComponentsReplacedThroughItsConstructor() {
		Sample sample = new Sample("a", LocalDate.of(2020, 2, 29), List.of("w"), true, 2);
		assertThat(Records.with(sample, "name", null)).isEqualTo(new Sample(null, sample.day(), List.of("w"), true, 2));
		assertThat(Records.with(sample, Map.of("words", List.of("x", "y"), "count", 5)))
			.isEqualTo(new Sample("a", sample.day(), List.of("x", "y"), true, 5));
		assertThat(Records.with(sample, "words", null).words()).isEmpty();
	}

	@Test
	void refusesToReplaceAComponentTheRecordDoesNotHave() {
		Sample sample = new Sample("a", null, null, false, 0);
		assertThatThrownBy(() -> Records.with(sample, "colour", "red")).hasMessageContaining("colour");
	}

}

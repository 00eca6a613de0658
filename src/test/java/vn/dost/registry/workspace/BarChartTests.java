package vn.dost.registry.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void drawsBarsInProportionToTheLongestWithSegmentsEndToEnd() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		counts.put("GRANTED", Map.of("A", 30L, "B", 10L));
		counts.put("FILED", Map.of("B", 20L));
		BarChart chart = BarChart.of(counts, List.of("A", "B"));

		BarChart.Bar granted = chart.bars().get(0);
		assertThat(granted.total()).isEqualTo(40);
		assertThat(granted.segments()).extracting(BarChart.Segment::series).containsExactly("A", "B");
		assertThat(granted.segments().get(0).x()).isEqualTo(BarChart.LABEL_WIDTH);
		assertThat(granted.segments().get(0).width()).isEqualTo(BarChart.BAR_AREA * 0.75);
		assertThat(granted.segments().get(1).x()).isEqualTo(BarChart.LABEL_WIDTH + BarChart.BAR_AREA * 0.75);
		assertThat(granted.end()).isEqualTo(BarChart.LABEL_WIDTH + BarChart.BAR_AREA);
		BarChart.Bar filed = chart.bars().get(1);
		assertThat(filed.y()).isEqualTo(BarChart.ROW);
		assertThat(filed.segments()).singleElement().satisfies(part -> {
			assertThat(part.series()).isEqualTo("B");
			assertThat(part.width()).isEqualTo(BarChart.BAR_AREA / 2.0);
		});
		assertThat(chart.height()).isEqualTo(2 * BarChart.ROW);
	}

	@Test
	void leavesOutRowsWithNothingAndKeepsATinyCountVisible() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		counts.put("GRANTED", Map.of("A", 10_000L));
		counts.put("REFUSED", Map.of());
		counts.put("WITHDRAWN", Map.of("A", 1L));
		BarChart chart = BarChart.of(counts, List.of("A"));
		assertThat(chart.bars()).extracting(BarChart.Bar::key).containsExactly("GRANTED", "WITHDRAWN");
		assertThat(chart.bars().get(1).segments().get(0).width()).isEqualTo(1);
	}

}

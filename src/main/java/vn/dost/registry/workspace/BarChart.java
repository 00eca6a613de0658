package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a horizontal stacked bar chart, drawn as inline SVG by the fragment
 * {@code app/fragments :: barChart(chart, rowLabels, seriesLabels)}: one bar per row, its
 * segments one per series, lengths in proportion to the longest bar. Nothing but numbers:
 * the labels come from the message bundles in the template, the colours from the style
 * sheet ({@code .series-<key>}). The legend is HTML beside it, so that it stays readable
 * when a phone draws the chart small.
 *
 * @param width the drawing's width in SVG units (its height follows from the rows)
 */
public record BarChart(int width, int height, int labelWidth, List<Bar> bars, List<String> series) {

	static final int ROW = 26;

	static final int LABEL_WIDTH = 130;

	static final int BAR_AREA = 280;

	static final int COUNT_WIDTH = 40;

	/**
	 * One bar: the row's key, where it is drawn ({@code y}, and {@code end}, where its
	 * count is written), its total and segments.
	 */
	public record Bar(String key, int y, double end, long total, List<Segment> segments) {
	}

	/** One series' part of a bar. */
	public record Segment(String series, double x, double width, long count) {
	}

	/**
	 * The chart of the counts by row, then by series (rows and series in the maps'
	 * order); rows with no count are left out.
	 */
	public static BarChart of(Map<String, Map<String, Long>> counts, List<String> series) {
		long longest = counts.values()
			.stream()
			.mapToLong(row -> row.values().stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (Map.Entry<String, Map<String, Long>> row : counts.entrySet()) {
			long total = row.getValue().values().stream().mapToLong(Long::longValue).sum();
			if (total == 0) {
				continue;
			}
			double x = LABEL_WIDTH;
			List<Segment> segments = new ArrayList<>();
			for (String one : series) {
				long count = row.getValue().getOrDefault(one, 0L);
				if (count > 0) {
					double length = Math.max(1, round((double) count * BAR_AREA / longest));
					segments.add(new Segment(one, round(x), length, count));
					x += length;
				}
			}
			bars.add(new Bar(row.getKey(), bars.size() * ROW, round(x), total, List.copyOf(segments)));
		}
		return new BarChart(LABEL_WIDTH + BAR_AREA + COUNT_WIDTH, Math.max(ROW, bars.size() * ROW), LABEL_WIDTH,
				List.copyOf(bars), List.copyOf(series));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

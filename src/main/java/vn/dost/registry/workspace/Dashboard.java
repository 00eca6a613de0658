package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dost.registry.deadlines.Deadline;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.RegistrationChange;
import vn.dost.registry.reports.RegistryStats;

/**
 * What the dashboard shows for one scope (a province, or everything the user may see):
 * titles by type and status as a table and a chart, the deadlines of the coming days, the
 * incomplete records by kind of issue, and the latest changes.
 *
 * @param province the province shown, or null for all the user may see
 * @param choices the provinces the user may choose between (empty: no choice)
 * @param statuses the table's columns: the statuses some record has, in their order
 * @param total how many records (applications included) the table counts
 * @param titles how many of them are titles: granted, or granted once
 */
record Dashboard(String province, List<String> choices, List<String> statuses, List<Row> rows,
		Map<String, Long> columnTotals, long total, long titles, BarChart chart, Map<String, Long> dataIssues,
		List<Deadline> deadlines, int moreDeadlines, List<RegistrationChange> changes) {

	/** The deadlines listed on the dashboard; the rest are on the deadline desk. */
	static final int DEADLINES_SHOWN = 12;

	/** One type of title: its count in each status, and in all. */
	record Row(String type, Map<String, Long> counts, long total) {
	}

	static Dashboard of(String province, List<String> choices, RegistryStats.TitleCounts stats,
			List<Deadline> deadlines, List<RegistrationChange> changes) {
		Map<String, Map<String, Long>> counts = stats.byTypeAndStatus();
		Map<String, Long> columnTotals = new LinkedHashMap<>();
		for (RegistrationStatus status : RegistrationStatus.values()) {
			long sum = counts.values().stream().mapToLong(row -> row.getOrDefault(status.name(), 0L)).sum();
			if (sum > 0) {
				columnTotals.put(status.name(), sum);
			}
		}
		List<Row> rows = new ArrayList<>();
		Map<String, Map<String, Long>> byStatus = new LinkedHashMap<>();
		columnTotals.keySet().forEach(status -> byStatus.put(status, new LinkedHashMap<>()));
		for (RegistrationType type : RegistrationType.values()) {
			Map<String, Long> row = counts.getOrDefault(type.name(), Map.of());
			rows.add(new Row(type.name(), row, row.values().stream().mapToLong(Long::longValue).sum()));
			row.forEach((status, count) -> byStatus.computeIfAbsent(status, s -> new LinkedHashMap<>())
				.put(type.name(), count));
		}
		List<String> types = Arrays.stream(RegistrationType.values()).map(Enum::name).toList();
		int shown = Math.min(DEADLINES_SHOWN, deadlines.size());
		return new Dashboard(province, choices, List.copyOf(columnTotals.keySet()), List.copyOf(rows), columnTotals,
				columnTotals.values().stream().mapToLong(Long::longValue).sum(), stats.totalTitles(),
				BarChart.of(byStatus, types), stats.dataIssues(), deadlines.subList(0, shown), deadlines.size() - shown,
				changes);
	}

	/** The listing of the titles of one type in one status (either may be null). */
	public String listing(String type, String status) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("type", type);
		parameters.put("status", status);
		parameters.put("province", this.province);
		return WorkspaceLinks.link(WorkspaceLinks.REGISTRATIONS, parameters);
	}

	/** The listing of the titles with one kind of data issue. */
	public String withIssue(String kind) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("dataIssue", kind);
		parameters.put("province", this.province);
		return WorkspaceLinks.link(WorkspaceLinks.REGISTRATIONS, parameters);
	}

}

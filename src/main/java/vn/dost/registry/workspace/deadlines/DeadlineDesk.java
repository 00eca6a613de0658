package vn.dost.registry.workspace.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dost.registry.deadlines.Deadline;
import vn.dost.registry.deadlines.DeadlineList;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * What the deadline desk shows: the deadlines of the window by month, soonest first, each
 * with how many days are left (or have passed, for a lapsed mark).
 */
record DeadlineDesk(String window, String province, List<Month> months, int total) {

	/** The deadlines of one calendar month. */
	record Month(YearMonth month, List<Item> items) {
	}

	/**
	 * One deadline and the days from today to it (negative: past).
	 */
	record Item(Deadline deadline, long days) {

		/** The page about what is due: its title, or its OCOP product. */
		public String href() {
			if (this.deadline.ocopProductId() != null) {
				return WorkspaceLinks.OCOP_PRODUCTS + "/" + this.deadline.ocopProductId();
			}
			return this.deadline.registrationId() == null ? null
					: WorkspaceLinks.registration(this.deadline.registrationId());
		}

	}

	static DeadlineDesk of(String window, String province, DeadlineList found, LocalDate today) {
		Map<YearMonth, List<Item>> byMonth = new LinkedHashMap<>();
		for (Deadline deadline : found.items()) {
			byMonth.computeIfAbsent(YearMonth.from(deadline.dueDate()), month -> new ArrayList<>())
				.add(new Item(deadline, ChronoUnit.DAYS.between(today, deadline.dueDate())));
		}
		List<Month> months = new ArrayList<>();
		byMonth.forEach((month, items) -> months.add(new Month(month, List.copyOf(items))));
		return new DeadlineDesk(window, province, List.copyOf(months), found.items().size());
	}

}

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
import vn.dost.registry.workspace.PageNotFound;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * What the deadline desk shows: the deadlines of the window by month, soonest first, each
 * with how many days are left (or have passed, for a lapsed mark).
 */
record DeadlineDesk(String window, String province, List<Month> months, int total, Pager pager) {

	/**
	 * Deadlines shown on one page: a national registry has thousands in a quarter, more
	 * than one page can usefully show.
	 */
	static final int PAGE_SIZE = 200;

	/**
	 * The deadlines of one calendar month on the page shown, and how many fall in it on
	 * all pages.
	 */
	record Month(YearMonth month, List<Item> items, long total) {
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

	/**
	 * Page {@code page} (from 0) of the deadlines found, by month; a page past the last
	 * is not found.
	 */
	static DeadlineDesk of(String window, String province, DeadlineList found, LocalDate today, int page) {
		List<Deadline> all = found.items();
		int from = page * PAGE_SIZE;
		if (page > 0 && from >= all.size()) {
			throw new PageNotFound();
		}
		Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
		all.forEach(deadline -> perMonth.merge(YearMonth.from(deadline.dueDate()), 1L, Long::sum));
		Map<YearMonth, List<Item>> byMonth = new LinkedHashMap<>();
		for (Deadline deadline : all.subList(from, Math.min(all.size(), from + PAGE_SIZE))) {
			byMonth.computeIfAbsent(YearMonth.from(deadline.dueDate()), month -> new ArrayList<>())
				.add(new Item(deadline, ChronoUnit.DAYS.between(today, deadline.dueDate())));
		}
		List<Month> months = new ArrayList<>();
		byMonth.forEach((month, items) -> months.add(new Month(month, List.copyOf(items), perMonth.get(month))));
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("within", window);
		parameters.put("province", province);
		return new DeadlineDesk(window, province, List.copyOf(months), all.size(),
				Pager.of(WorkspaceLinks.DEADLINES, parameters, page, PAGE_SIZE, all.size()));
	}

}

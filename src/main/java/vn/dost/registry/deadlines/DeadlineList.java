package vn.dost.registry.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of a window, soonest first; lapsed marks of the same length of time back
 * come first.
 */
public record DeadlineList(LocalDate from, LocalDate to, List<Deadline> items) {

	public DeadlineList {
		items = List.copyOf(items);
	}

}

package vn.dost.registry.workspace.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dost.registry.deadlines.Deadline;
import vn.dost.registry.deadlines.DeadlineKind;
import vn.dost.registry.deadlines.DeadlineList;
import vn.dost.registry.workspace.PageNotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The desk shows a page of deadlines at a time, each month headed by how many fall in it
 * on all pages.
 */
class DeadlineDeskTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	/** 450 deadlines: 150 in each of June, July and August. */
	private static final DeadlineList FOUND = found(450);

	@Test
	void showsOnePageOfDeadlinesWithEachMonthsTotalOverAllPages() {
		DeadlineDesk first = DeadlineDesk.of("P3M", null, FOUND, TODAY, 0);

		assertThat(first.total()).isEqualTo(450);
		assertThat(first.months()).extracting(DeadlineDesk.Month::month)
			.containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
		assertThat(first.months()).extracting(month -> month.items().size()).containsExactly(150, 50);
		assertThat(first.months()).extracting(DeadlineDesk.Month::total).containsExactly(150L, 150L);
		assertThat(first.pager().pages()).isEqualTo(3);
		assertThat(first.pager().previous()).isNull();
		assertThat(first.pager().next()).isEqualTo("/app/deadlines?within=P3M&page=1");
	}

	@Test
	void theLastPageHoldsTheRestAndAPageBeyondItIsNotFound() {
		DeadlineDesk last = DeadlineDesk.of("P3M", "Quảng Trị", FOUND, TODAY, 2);

		assertThat(last.months()).extracting(DeadlineDesk.Month::month).containsExactly(YearMonth.of(2026, 8));
		assertThat(last.months().get(0).items()).hasSize(50);
		assertThat(last.months().get(0).items().get(49).deadline()).isEqualTo(FOUND.items().get(449));
		assertThat(last.pager().next()).isNull();
		assertThat(last.pager().previous()).startsWith("/app/deadlines?within=P3M&province=");
		assertThatThrownBy(() -> DeadlineDesk.of("P3M", null, FOUND, TODAY, 3)).isInstanceOf(PageNotFound.class);
	}

	@Test
	void anEmptyWindowIsOnePageWithNothingOnIt() {
		DeadlineDesk empty = DeadlineDesk.of("P1M", null, found(0), TODAY, 0);

		assertThat(empty.months()).isEmpty();
		assertThat(empty.pager().pages()).isEqualTo(1);
	}

	private static DeadlineList found(int count) {
		List<Deadline> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate due = LocalDate.of(2026, 6 + i / 150, 1 + (i % 150) / 6);
			items.add(new Deadline(DeadlineKind.MARK_EXPIRES, due, "title-" + i, null, null, "Nhãn hiệu " + i, null,
					"Hợp tác xã", "Quảng Trị"));
		}
		return new DeadlineList(TODAY, TODAY.plusMonths(3), items);
	}

}

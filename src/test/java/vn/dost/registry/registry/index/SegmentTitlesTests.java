package vn.dost.registry.registry.index;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment's titles are decoded once and then taken as kept, within one budget shared by
 * every segment of the index.
 */
class SegmentTitlesTests {

	private final AtomicInteger reads = new AtomicInteger();

	private final IntFunction<RegistrationListing> read = doc -> {
		this.reads.incrementAndGet();
		return new RegistrationListing("title-" + doc, 1, null, RegistrationStatus.GRANTED, null, null, null, null,
				null, List.of(), "key-" + doc, List.of(), Instant.EPOCH, Instant.EPOCH);
	};

	@Test
	void readsATitleOnceThenGivesTheOneKept() {
		SegmentTitles segment = new SegmentTitles(10);
		SegmentTitles.Budget budget = new SegmentTitles.Budget(5);
		RegistrationListing first = segment.get(3, budget, this.read);
		assertThat(segment.get(3, budget, this.read)).isSameAs(first);
		assertThat(first.id()).isEqualTo("title-3");
		assertThat(this.reads).hasValue(1);
		assertThat(segment.kept()).isEqualTo(1);
		assertThat(budget.used()).isEqualTo(1);
	}

	@Test
	void keepsNoMoreTitlesThanTheBudgetAcrossSegments() {
		SegmentTitles.Budget budget = new SegmentTitles.Budget(3);
		SegmentTitles one = new SegmentTitles(10);
		SegmentTitles two = new SegmentTitles(10);
		one.get(0, budget, this.read);
		one.get(1, budget, this.read);
		two.get(0, budget, this.read);
		two.get(1, budget, this.read);
		this.reads.set(0);
		assertThat(two.get(1, budget, this.read).id()).isEqualTo("title-1");
		assertThat(two.get(0, budget, this.read).id()).isEqualTo("title-0");
		assertThat(this.reads).as("the title past the budget is read each time, the others were kept").hasValue(1);
		assertThat(budget.used()).isEqualTo(3);
	}

	@Test
	void noBudgetKeepsNothing() {
		SegmentTitles segment = new SegmentTitles(4);
		SegmentTitles.Budget none = new SegmentTitles.Budget(0);
		segment.get(2, none, this.read);
		segment.get(2, none, this.read);
		assertThat(this.reads).hasValue(2);
		assertThat(segment.kept()).isZero();
	}

	@Test
	void aRecountFreesWhatSegmentsNoLongerSearchedKept() {
		SegmentTitles.Budget budget = new SegmentTitles.Budget(2);
		SegmentTitles merged = new SegmentTitles(4);
		merged.get(0, budget, this.read);
		merged.get(1, budget, this.read);
		SegmentTitles next = new SegmentTitles(4);
		next.get(0, budget, this.read);
		assertThat(next.kept()).isZero();
		budget.recount(next.kept());
		next.get(0, budget, this.read);
		assertThat(next.kept()).isEqualTo(1);
	}

}

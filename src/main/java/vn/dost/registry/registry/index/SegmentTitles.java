package vn.dost.registry.registry.index;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

import vn.dost.registry.registry.RegistrationListing;

/**
 * The titles of one index segment as searches have read them back from their stored
 * records, kept decoded: a title on a later page is then taken as it is, without
 * decompressing the stored block and decoding its record again (which was a fifth of a
 * computed search's time). A segment never changes once written, so a title kept for it
 * stays exact for as long as the segment is searched (a changed title is a new document
 * of a newer segment); its standing on the day is still worked out by whoever shows it.
 * All segments of an index share one {@link Budget}: once it is spent, titles are read
 * but no longer kept.
 */
final class SegmentTitles {

	private final AtomicReferenceArray<RegistrationListing> titles;

	private final AtomicInteger kept = new AtomicInteger();

	SegmentTitles(int maxDoc) {
		this.titles = new AtomicReferenceArray<>(maxDoc);
	}

	/**
	 * The segment's title at {@code doc}: the one kept, else the one read now (kept if
	 * the budget allows).
	 */
	RegistrationListing get(int doc, Budget budget, IntFunction<RegistrationListing> read) {
		RegistrationListing title = this.titles.get(doc);
		if (title != null) {
			return title;
		}
		title = read.apply(doc);
		if (budget.take()) {
			if (this.titles.compareAndSet(doc, null, title)) {
				this.kept.incrementAndGet();
			}
			else {
				budget.giveBack(1);
			}
		}
		return title;
	}

	/** How many titles of this segment are kept. */
	int kept() {
		return this.kept.get();
	}

	/** How many decoded titles the segments of one index may keep in all. */
	static final class Budget {

		private final int max;

		private final AtomicInteger used = new AtomicInteger();

		/**
		 * @param max how many titles may be kept in all (0: none)
		 */
		Budget(int max) {
			this.max = max;
		}

		boolean take() {
			if (this.used.get() >= this.max) {
				return false;
			}
			if (this.used.incrementAndGet() <= this.max) {
				return true;
			}
			this.used.decrementAndGet();
			return false;
		}

		void giveBack(int titles) {
			this.used.addAndGet(-titles);
		}

		/**
		 * Counts again what the segments still searched keep (a merged-away segment's
		 * titles are freed with it).
		 */
		void recount(int keptNow) {
			this.used.set(keptNow);
		}

		int used() {
			return this.used.get();
		}

	}

}

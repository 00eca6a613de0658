package vn.dost.registry.registry.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import vn.dost.registry.registry.RegistrationHits;

/**
 * The pages recently answered from one point-in-time view of the index, the least
 * recently used dropped first once the answers kept hold more titles than allowed (or
 * number more than a quarter of that). A view never changes, so an answer kept for it
 * stays exact for as long as the view is searched; every change to the index opens a new
 * view with none kept, which is how a write is read back at once.
 */
final class KeptAnswers {

	private final int maxTitles;

	/**
	 * At most this many answers whatever their size (a quarter of the titles): answers of
	 * one title or none still hold their facet counts and their question.
	 */
	private final int maxAnswers;

	private final LinkedHashMap<Key, RegistrationHits> answers = new LinkedHashMap<>(16, 0.75f, true);

	/**
	 * The titles the kept answers hold, an empty answer counting as one; guarded by
	 * {@link #answers}.
	 */
	private int titles;

	/**
	 * @param maxTitles how many titles the kept answers may hold in all; 0 keeps none
	 */
	KeptAnswers(int maxTitles) {
		this.maxTitles = maxTitles;
		this.maxAnswers = Math.max(1, maxTitles / 4);
	}

	/**
	 * The answer kept for the key, else the one computed now (and kept); with
	 * {@code fresh} it is computed whether one is kept or not.
	 */
	RegistrationHits get(Key key, boolean fresh, Supplier<RegistrationHits> compute) {
		if (this.maxTitles == 0) {
			return compute.get();
		}
		if (!fresh) {
			RegistrationHits kept;
			synchronized (this.answers) {
				kept = this.answers.get(key);
			}
			if (kept != null) {
				return kept;
			}
		}
		RegistrationHits computed = compute.get();
		keep(key, computed);
		return computed;
	}

	private void keep(Key key, RegistrationHits answer) {
		int weight = weight(answer);
		if (weight > this.maxTitles) {
			return;
		}
		synchronized (this.answers) {
			RegistrationHits replaced = this.answers.put(key, answer);
			this.titles += weight - (replaced == null ? 0 : weight(replaced));
			Iterator<RegistrationHits> eldest = this.answers.values().iterator();
			while (this.titles > this.maxTitles || this.answers.size() > this.maxAnswers) {
				this.titles -= weight(eldest.next());
				eldest.remove();
			}
		}
	}

	private static int weight(RegistrationHits answer) {
		return Math.max(1, answer.items().size());
	}

	/** How many answers are kept. */
	int size() {
		synchronized (this.answers) {
			return this.answers.size();
		}
	}

	/** How many titles the kept answers hold (an empty answer counting as one). */
	int titles() {
		synchronized (this.answers) {
			return this.titles;
		}
	}

	/**
	 * What makes two searches on one view give the same answer: the listing's words,
	 * filters and order, the page and the day (a mark lapses with the date).
	 */
	record Key(Object query, long offset, int size, long day) {
	}

}

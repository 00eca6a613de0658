package vn.dost.registry.registry.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationHits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class KeptAnswersTests {

	private final AtomicInteger computations = new AtomicInteger();

	@Test
	void aKeptAnswerIsReturnedUntilItIsTheLeastRecentlyUsedBeyondTheCapacity() {
		// empty answers count as one title each; 8 titles allow 2 answers
		KeptAnswers results = new KeptAnswers(8);
		RegistrationHits a = results.get(key("a"), false, this::compute);
		RegistrationHits b = results.get(key("b"), false, this::compute);
		assertThat(results.get(key("a"), false, this::compute)).isSameAs(a);
		// c pushes out b, the least recently used (a was just read)
		results.get(key("c"), false, this::compute);
		assertThat(results.size()).isEqualTo(2);
		assertThat(results.get(key("a"), false, this::compute)).isSameAs(a);
		assertThat(results.get(key("b"), false, this::compute)).isNotSameAs(b);
		assertThat(this.computations).hasValue(4);
	}

	@Test
	void freshComputesAndKeepsTheNewAnswer() {
		KeptAnswers results = new KeptAnswers(4);
		RegistrationHits first = results.get(key("a"), false, this::compute);
		RegistrationHits second = results.get(key("a"), true, this::compute);
		assertThat(second).isNotSameAs(first);
		assertThat(results.get(key("a"), false, this::compute)).isSameAs(second);
	}

	@Test
	void keysDifferByPageAndDay() {
		KeptAnswers results = new KeptAnswers(100);
		RegistrationHits first = results.get(new KeptAnswers.Key("q", 0, 20, 100), false, this::compute);
		assertThat(results.get(new KeptAnswers.Key("q", 20, 20, 100), false, this::compute)).isNotSameAs(first);
		assertThat(results.get(new KeptAnswers.Key("q", 0, 10, 100), false, this::compute)).isNotSameAs(first);
		assertThat(results.get(new KeptAnswers.Key("q", 0, 20, 101), false, this::compute)).isNotSameAs(first);
		assertThat(results.get(new KeptAnswers.Key("q", 0, 20, 100), false, this::compute)).isSameAs(first);
	}

	@Test
	void theLeastRecentlyUsedAnswersGoUntilTheTitlesKeptFitAndAnAnswerLargerThanAllIsNotKept() {
		KeptAnswers results = new KeptAnswers(50);
		RegistrationHits a = results.get(key("a"), false, () -> withTitles(20));
		RegistrationHits b = results.get(key("b"), false, () -> withTitles(20));
		results.get(key("a"), false, () -> withTitles(20));
		assertThat(results.titles()).isEqualTo(40);
		// 40 + 20 > 50: b, the least recently used, goes
		RegistrationHits c = results.get(key("c"), false, () -> withTitles(20));
		assertThat(results.size()).isEqualTo(2);
		assertThat(results.titles()).isEqualTo(40);
		assertThat(results.get(key("a"), false, () -> withTitles(20))).isSameAs(a);
		assertThat(results.get(key("c"), false, () -> withTitles(20))).isSameAs(c);
		assertThat(results.get(key("b"), false, () -> withTitles(20))).isNotSameAs(b);
		// 51 titles never fit: nothing is dropped for it
		results.get(key("huge"), false, () -> withTitles(51));
		assertThat(results.size()).isEqualTo(2);
		assertThat(results.titles()).isEqualTo(40);
		// a fresh answer replacing a kept one is counted once
		results.get(key("c"), true, () -> withTitles(10));
		assertThat(results.titles()).isEqualTo(30);
	}

	@Test
	void answersOfFewTitlesAreAlsoLimitedInNumber() {
		KeptAnswers results = new KeptAnswers(12);
		for (int i = 0; i < 10; i++) {
			results.get(key("empty " + i), false, this::compute);
		}
		assertThat(results.size()).isEqualTo(3);
		assertThat(results.titles()).isEqualTo(3);
	}

	@Test
	void aCapacityOfZeroKeepsNothing() {
		KeptAnswers results = new KeptAnswers(0);
		RegistrationHits first = results.get(key("a"), false, this::compute);
		assertThat(results.get(key("a"), false, this::compute)).isNotSameAs(first);
		assertThat(results.size()).isZero();
	}

	@Test
	void aFailedComputationIsNotKept() {
		KeptAnswers results = new KeptAnswers(4);
		assertThatThrownBy(() -> results.get(key("a"), false, () -> {
			throw new IllegalStateException("boom");
		})).hasMessage("boom");
		assertThat(results.size()).isZero();
	}

	private RegistrationHits compute() {
		return new RegistrationHits(List.of(), this.computations.incrementAndGet(), Map.of(), false);
	}

	private static RegistrationHits withTitles(int count) {
		// only the number of titles counts here: placeholders stand for them
		List<RegistrationListing> titles = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			titles.add(mock(RegistrationListing.class));
		}
		return new RegistrationHits(titles, count, Map.of(), false);
	}

	private static KeptAnswers.Key key(String query) {
		return new KeptAnswers.Key(query, 0, 20, 20_000);
	}

}

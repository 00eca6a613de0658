package vn.dost.registry.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up tasks run one after the other, except a task that may run alongside the one
 * before it, which joins that one's step.
 */
class StartupRunnerTests {

	@Test
	void runsATaskAlongsideThePreviousOneInOneStep() {
		Task indexes = new Task(10, false);
		Task titles = new Task(50, false);
		Task users = new Task(55, true);
		Task admin = new Task(100, false);

		assertThat(StartupRunner.steps(List.of(indexes, titles, users, admin))).containsExactly(List.of(indexes),
				List.of(titles, users), List.of(admin));
	}

	@Test
	void startsAStepWithATaskThatHasNoneBefore() {
		Task first = new Task(0, true);
		Task second = new Task(1, false);

		assertThat(StartupRunner.steps(List.of(first, second))).containsExactly(List.of(first), List.of(second));
	}

	private record Task(int order, boolean alongsidePrevious) implements StartupTask {

		@Override
		public Mono<Void> run() {
			return Mono.empty();
		}

	}

}

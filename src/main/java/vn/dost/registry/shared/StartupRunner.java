package vn.dost.registry.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} in order on the main thread, before the web server
 * starts, so the service never answers (nor reports healthy) before its indexes exist.
 */
@Component
class StartupRunner implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StartupRunner.class);

	private final List<StartupTask> tasks;

	private final Duration timeout;

	StartupRunner(List<StartupTask> tasks, @Value("${registry.startup-timeout:PT2M}") Duration timeout) {
		this.tasks = tasks.stream().sorted(Comparator.comparingInt(StartupTask::order)).toList();
		this.timeout = timeout;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		VietnameseText.warmUp();
		// Blocking is deliberate: this is the main thread, and nothing may be served
		// before these finish.
		Flux.fromIterable(steps(this.tasks))
			.concatMap(step -> Flux.fromIterable(step).flatMap(this::timed).then())
			.then()
			.block(this.timeout);
		log.info("Start-up tasks done in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The tasks in steps run one after the other; the tasks of a step run at the same
	 * time (a task that may run alongside the one before it joins that one's step).
	 */
	static List<List<StartupTask>> steps(List<StartupTask> ordered) {
		List<List<StartupTask>> steps = new ArrayList<>();
		for (StartupTask task : ordered) {
			if (task.alongsidePrevious() && !steps.isEmpty()) {
				steps.get(steps.size() - 1).add(task);
			}
			else {
				steps.add(new ArrayList<>(List.of(task)));
			}
		}
		return steps;
	}

	private Mono<Void> timed(StartupTask task) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return task.run()
				.doOnSuccess(done -> log.debug("Start-up task {} took {} ms", task.getClass().getSimpleName(),
						(System.nanoTime() - started) / 1_000_000));
		});
	}

}

package vn.dost.registry.shared;

import java.time.Duration;
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
		Flux.fromIterable(this.tasks).concatMap(this::timed).then().block(this.timeout);
		log.info("Start-up tasks done in {} ms", (System.nanoTime() - started) / 1_000_000);
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

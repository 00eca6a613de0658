package vn.dost.registry.registry.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one thread that changes the index. Callers hand it work without ever waiting for a
 * lock (a lock-free queue and an unpark), which matters because they run on event loops.
 * Changes are applied as they come and made visible together, once the queue is empty or
 * enough have gathered, before their callers hear back: a burst of writes costs one
 * refresh, and each writer reads its own write as soon as it is answered.
 */
final class IndexThread {

	private static final Logger log = LoggerFactory.getLogger(IndexThread.class);

	/** The most changes made visible by one refresh. */
	private static final int MAX_UNREFRESHED = 256;

	private final Queue<Runnable> work = new ConcurrentLinkedQueue<>();

	private final List<CompletableFuture<Void>> unrefreshed = new ArrayList<>();

	private final Runnable refresh;

	private final Thread thread;

	private volatile boolean stopped;

	/**
	 * Starts the thread; {@code refresh} makes applied changes visible and runs on it.
	 */
	IndexThread(String name, Runnable refresh) {
		this.refresh = refresh;
		this.thread = new Thread(this::loop, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Runs the work on the index thread; its result reaches the caller on a parallel
	 * worker.
	 */
	<T> Mono<T> call(Callable<T> task) {
		return Mono.defer(() -> {
			CompletableFuture<T> done = new CompletableFuture<>();
			submit(() -> {
				try {
					done.complete(task.call());
				}
				catch (Exception | Error ex) {
					done.completeExceptionally(ex);
				}
			});
			return Mono.fromFuture(done);
		}).publishOn(Schedulers.parallel());
	}

	/** Applies a change on the index thread; completes once searches can see it. */
	Mono<Void> change(Runnable apply) {
		return Mono.defer(() -> {
			CompletableFuture<Void> visible = new CompletableFuture<>();
			submit(() -> {
				try {
					apply.run();
					this.unrefreshed.add(visible);
				}
				catch (RuntimeException ex) {
					visible.completeExceptionally(ex);
				}
				if (this.unrefreshed.size() >= MAX_UNREFRESHED) {
					refreshNow();
				}
			});
			return Mono.fromFuture(visible);
		}).publishOn(Schedulers.parallel());
	}

	void stop() {
		this.stopped = true;
		LockSupport.unpark(this.thread);
	}

	private void submit(Runnable task) {
		if (this.stopped) {
			throw new IllegalStateException("The search index is shut down");
		}
		this.work.add(task);
		LockSupport.unpark(this.thread);
	}

	private void loop() {
		while (!this.stopped) {
			Runnable next = this.work.poll();
			if (next != null) {
				next.run();
			}
			else if (!this.unrefreshed.isEmpty()) {
				refreshNow();
			}
			else {
				LockSupport.park(this);
			}
		}
	}

	private void refreshNow() {
		List<CompletableFuture<Void>> waiting = List.copyOf(this.unrefreshed);
		this.unrefreshed.clear();
		try {
			this.refresh.run();
			waiting.forEach(each -> each.complete(null));
		}
		catch (RuntimeException ex) {
			log.error("The search index could not be refreshed", ex);
			waiting.forEach(each -> each.completeExceptionally(ex));
		}
	}

}

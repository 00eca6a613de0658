package vn.dost.registry.shared;

import reactor.core.publisher.Mono;

/**
 * Work that must be done before the service takes requests: indexes, the first admin,
 * seed data.
 */
public interface StartupTask {

	/** Lower runs first. */
	int order();

	/**
	 * Whether this task may run at the same time as the one before it (the next lower
	 * order) rather than after it: for work that neither needs the other's result nor
	 * changes what it reads.
	 */
	default boolean alongsidePrevious() {
		return false;
	}

	Mono<Void> run();

}

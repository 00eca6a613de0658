package vn.dost.registry.shared;

import reactor.core.publisher.Mono;

/**
 * Work that must be done before the service takes requests: indexes, the first admin,
 * seed data.
 */
public interface StartupTask {

	/** Lower runs first. */
	int order();

	Mono<Void> run();

}

package vn.dost.registry.registry.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.shared.StartupTask;

/**
 * Builds the titles' index and the authorised users' index from the database before the
 * service takes requests, from one read of the stored titles: each batch read feeds both
 * indexes, each on its own thread.
 */
@Component
public class IndexBuilds implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(IndexBuilds.class);

	private final RegistrationIndex titles;

	private final AuthorisedUserIndex users;

	IndexBuilds(RegistrationIndex titles, AuthorisedUserIndex users) {
		this.titles = titles;
		this.users = users;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Mono<Void> run() {
		return this.titles.rebuildWith(this.users)
			.doOnNext(done -> log.info("Search index built: {} titles in {} ms, {} KiB", done.titles(),
					done.took().toMillis(), done.bytes() / 1024))
			.then();
	}

}

package vn.dost.registry.exchange;

import java.io.IOException;
import java.io.InputStream;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Where the seed data is read from: {@code registry.seed.location} for the titles and
 * {@code registry.seed.decisions-location} (empty: none) for the later decisions.
 */
@Component
class SeedSource {

	private final Resource titles;

	private final Resource decisions;

	SeedSource(@Value("${registry.seed.location:classpath:seed-data/registrations.csv}") Resource titles,
			@Value("${registry.seed.decisions-location:classpath:seed-data/decisions.csv}") String decisions,
			ResourceLoader resources) {
		this.titles = titles;
		this.decisions = decisions.isBlank() ? null : resources.getResource(decisions);
	}

	/** The seed files, read off the event loop. */
	Mono<SeedFiles> read() {
		return Mono
			.fromCallable(() -> SeedFiles.of(bytes(this.titles), this.decisions == null ? null : bytes(this.decisions)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public String toString() {
		return this.titles.toString();
	}

	private static byte[] bytes(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

}

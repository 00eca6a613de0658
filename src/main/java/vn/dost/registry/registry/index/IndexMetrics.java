package vn.dost.registry.registry.index;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The index's size in titles and in bytes of memory, and the searches it answered
 * (computed, or kept from an earlier identical search on an unchanged index), on
 * {@code /actuator/prometheus}.
 */
@Component
class IndexMetrics implements MeterBinder {

	private final RegistrationIndex index;

	private final IndexSearches searches;

	IndexMetrics(RegistrationIndex index, IndexSearches searches) {
		this.index = index;
		this.searches = searches;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("registry.index.titles", this.index, RegistrationIndex::size)
			.description("Titles the search index holds")
			.register(registry);
		Gauge.builder("registry.index.memory", this.index, RegistrationIndex::ramBytesUsed)
			.description("Memory the search index uses")
			.baseUnit("bytes")
			.register(registry);
		FunctionCounter.builder("registry.search.answers", this.searches, IndexSearches::computed)
			.description("Listings and searches answered by the index")
			.tag("answer", "computed")
			.register(registry);
		FunctionCounter.builder("registry.search.answers", this.searches, IndexSearches::kept)
			.description("Listings and searches answered by the index")
			.tag("answer", "kept")
			.register(registry);
	}

}

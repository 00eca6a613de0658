package vn.dost.registry.registry.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/** The index's size in titles and in bytes of memory, on {@code /actuator/prometheus}. */
@Component
class IndexMetrics implements MeterBinder {

	private final RegistrationIndex index;

	IndexMetrics(RegistrationIndex index) {
		this.index = index;
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
	}

}

package vn.dost.registry.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates are stored by the driver's own codecs, so a {@code LocalDate} is the same day on
 * every machine.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
	}

}

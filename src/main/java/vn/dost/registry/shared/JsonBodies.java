package vn.dost.registry.shared;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Request bodies are read by {@link FieldCollectingDecoder}, with the application's JSON
 * mapper; after Spring Boot's own codec settings (this configurer has no order, so it
 * comes last).
 */
@Configuration(proxyBeanMethods = false)
class JsonBodies implements WebFluxConfigurer {

	private final JsonMapper mapper;

	JsonBodies(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
		configurer.defaultCodecs().jacksonJsonDecoder(new FieldCollectingDecoder(this.mapper));
	}

}

package vn.dost.registry;

import java.time.Duration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every {@code WebTestClient} of the integration tests checks the answers it receives
 * against the API description ({@link ApiDescriptionCheck}).
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiDescriptionChecks {

	@Bean
	WebTestClientBuilderCustomizer apiDescriptionCheck() {
		// The check reads each JSON answer whole inside the exchange, which WebTestClient
		// bounds by 5 s by default; the heaviest reports came close to that on a busy
		// machine already.
		return builder -> builder.filter(new ApiDescriptionCheck()).responseTimeout(Duration.ofSeconds(30));
	}

	/** Reads the description once the service answers, before the first test. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> apiDescriptionReader(Environment environment) {
		return ready -> ApiDescriptionCheck
			.prepare(environment.getRequiredProperty("local.server.port", Integer.class));
	}

}

package vn.dost.registry.bare;

import reactor.core.publisher.Mono;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A Spring Boot WebFlux application with one handler and nothing else: the floor the
 * registry's start-up is compared with.
 */
@SpringBootApplication
public class BareWebFluxApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareWebFluxApplication.class, args);
	}

	@Bean
	RouterFunction<ServerResponse> hello() {
		return RouterFunctions.route()
			.GET("/", request -> ServerResponse.ok().body(Mono.just("ok"), String.class))
			.build();
	}

}

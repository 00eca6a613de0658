package vn.dost.registry.workspace;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.security.Actor;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.NotAuthenticated;

/**
 * Lets a page's handler take the signed-in user as a parameter ({@code Actor actor}),
 * from the session's security context.
 */
@Configuration(proxyBeanMethods = false)
class ActorArgument implements WebFluxConfigurer {

	private final CurrentActor actors;

	ActorArgument(CurrentActor actors) {
		this.actors = actors;
	}

	@Override
	public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
		configurer.addCustomResolver(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == Actor.class;
			}

			@Override
			public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context,
					ServerWebExchange exchange) {
				return ActorArgument.this.actors.get()
					.cast(Object.class)
					.switchIfEmpty(Mono.error(NotAuthenticated::new));
			}
		});
	}

}

package vn.dost.registry.security;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current request, from the reactive security context. */
@Component
public class CurrentActor {

	/** The authenticated actor; empty for an anonymous request. */
	public Mono<Actor> get() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication())
			.mapNotNull(authentication -> authentication.getPrincipal())
			.ofType(RegistryUserDetails.class)
			.map(RegistryUserDetails::actor);
	}

}

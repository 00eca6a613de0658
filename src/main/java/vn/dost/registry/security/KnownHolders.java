package vn.dost.registry.security;

import reactor.core.publisher.Mono;

/**
 * Tells whether a holder organisation exists, so a HOLDER user can only be tied to a real
 * one.
 */
public interface KnownHolders {

	Mono<Boolean> exists(String holderId);

}

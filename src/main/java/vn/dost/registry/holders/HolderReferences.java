package vn.dost.registry.holders;

import reactor.core.publisher.Mono;

/**
 * Implemented by every feature whose records point at a holder: a holder that is still
 * referenced cannot be deleted, and a renamed holder's name is copied into the records
 * that show it.
 */
public interface HolderReferences {

	Mono<Boolean> isReferenced(String holderId);

	Mono<Void> holderRenamed(String holderId, String newName);

}

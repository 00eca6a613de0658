package vn.dost.registry.holders;

import reactor.core.publisher.Mono;

/**
 * Implemented by every feature whose records point at a holder: a holder that is still
 * referenced cannot be deleted, and a renamed holder's name is copied into the records
 * that show it.
 */
public interface HolderReferences {

	Mono<Boolean> isReferenced(String holderId);

	/**
	 * Copies the holder's new name into the records that show it; {@code currentName}
	 * reads the name as stored whenever it is subscribed to: read it after the record it
	 * goes into, so that when renames race the last one's name is what every record
	 * keeps.
	 */
	Mono<Void> holderRenamed(String holderId, Mono<String> currentName);

}

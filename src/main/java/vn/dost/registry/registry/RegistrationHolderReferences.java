package vn.dost.registry.registry;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.holders.HolderReferences;
import vn.dost.registry.registry.index.IndexSearches;

/**
 * Titles point at their holder: a holder with titles cannot be deleted, and a new name
 * reaches its titles. The titles are found in the search index, which holds every title's
 * holder and each writer's change before it is answered: asking the embedded database
 * instead made it deserialise every title (17 s for a rename at 100,000 titles).
 */
@Component
class RegistrationHolderReferences implements HolderReferences {

	/**
	 * Titles renamed at once: the index makes changes that arrive together visible in one
	 * refresh, where one title after the other cost a refresh of the index each.
	 */
	private static final int RENAMED_AT_ONCE = 8;

	private final IndexSearches search;

	private final RegistrationWriter writer;

	RegistrationHolderReferences(IndexSearches search, RegistrationWriter writer) {
		this.search = search;
		this.writer = writer;
	}

	@Override
	public Mono<Boolean> isReferenced(String holderId) {
		return this.search.ofHolder(holderId).map(ids -> !ids.isEmpty());
	}

	@Override
	public Mono<Void> holderRenamed(String holderId, Mono<String> currentName) {
		return this.search.ofHolder(holderId)
			.flatMapMany(Flux::fromIterable)
			.flatMap(id -> rename(id, currentName), RENAMED_AT_ONCE)
			.then();
	}

	/**
	 * Re-reads the title on a concurrent change, so an officer's edit and the new name
	 * both survive; the name is read after the title, so that of two renames racing the
	 * later one's name is what the title keeps.
	 */
	private Mono<Registration> rename(String id, Mono<String> currentName) {
		return this.writer.change(id, registration -> currentName.map(name -> {
			registration.holderRenamed(name);
			return true;
		}));
	}

}

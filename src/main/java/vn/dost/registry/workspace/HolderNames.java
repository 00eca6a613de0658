package vn.dost.registry.workspace;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderNotFound;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.VietnameseText;

/**
 * Forms name a holder as people know it, by its name (typed, with the names of holders
 * offered as they type): the name found as a stored holder's id, and an id shown as its
 * name.
 */
@Component
public class HolderNames {

	private final HolderService holders;

	HolderNames(HolderService holders) {
		this.holders = holders;
	}

	/**
	 * The id of the holder with this name (no case, no diacritics; the earliest created
	 * where several share it); empty for no name, {@link InvalidInput} on {@code field}
	 * for a name no holder has.
	 */
	public Mono<String> idOf(String name, String field) {
		String folded = name == null || name.isBlank() ? null : VietnameseText.fold(name);
		if (folded == null) {
			return Mono.empty();
		}
		return this.holders.byFoldedNames(Set.of(folded))
			.flatMap(found -> Mono.justOrEmpty(found.get(folded)))
			.map(Holder::id)
			.switchIfEmpty(Mono.error(() -> InvalidInput.of(field, "validation.holderName", name.strip())));
	}

	/** The name of the holder with this id; empty for none, or an id no longer stored. */
	public Mono<String> nameOf(String id) {
		if (id == null) {
			return Mono.empty();
		}
		return this.holders.require(id).map(Holder::name).onErrorResume(HolderNotFound.class, gone -> Mono.empty());
	}

}

package vn.dost.registry.holders;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** The stored holders. */
public interface Holders extends ReactiveCrudRepository<Holder, String> {

}

package vn.dost.registry.registry;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** The stored titles. */
public interface Registrations extends ReactiveCrudRepository<Registration, String> {

}

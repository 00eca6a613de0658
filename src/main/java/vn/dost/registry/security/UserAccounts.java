package vn.dost.registry.security;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** The stored users, by username. */
public interface UserAccounts extends ReactiveCrudRepository<UserAccount, String> {

}

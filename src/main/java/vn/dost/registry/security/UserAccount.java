package vn.dost.registry.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person or organisation that logs in to the registry, with its BCrypt password hash. */
@Document("users")
public record UserAccount(@Id String username, String passwordHash, Set<Role> roles, List<String> provinces,
		String holderId, @Version Long version, Instant createdAt, Instant updatedAt) {

	public Actor actor() {
		return new Actor(this.username, this.roles, this.provinces, this.holderId);
	}

	UserAccount withChanges(String newHash, Set<Role> newRoles, List<String> newProvinces, String newHolderId,
			Instant now) {
		return new UserAccount(this.username, newHash == null ? this.passwordHash : newHash, newRoles, newProvinces,
				newHolderId, this.version, this.createdAt, now);
	}

}

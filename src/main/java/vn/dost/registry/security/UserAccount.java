package vn.dost.registry.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person or organisation that logs in to the registry, with its BCrypt password hash,
 * the address its daily digest goes to, and the SHA-256 of its calendar feed token (the
 * token itself is shown once, never stored).
 */
@Document("users")
public record UserAccount(@Id String username, String passwordHash, Set<Role> roles, List<String> provinces,
		String holderId, String email, String calendarTokenHash, @Version Long version, Instant createdAt,
		Instant updatedAt) {

	public Actor actor() {
		return new Actor(this.username, this.roles, this.provinces, this.holderId);
	}

	UserAccount withChanges(String newHash, Set<Role> newRoles, List<String> newProvinces, String newHolderId,
			String newEmail, Instant now) {
		return new UserAccount(this.username, newHash == null ? this.passwordHash : newHash, newRoles, newProvinces,
				newHolderId, newEmail, this.calendarTokenHash, this.version, this.createdAt, now);
	}

	UserAccount withCalendarTokenHash(String hash, Instant now) {
		return new UserAccount(this.username, this.passwordHash, this.roles, this.provinces, this.holderId, this.email,
				hash, this.version, this.createdAt, now);
	}

}

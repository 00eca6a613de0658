package vn.dost.registry.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person or organisation that logs in to the registry, with its BCrypt password hash,
 * the address its daily digest goes to, the SHA-256 of its calendar feed token (the token
 * itself is shown once, never stored), and whether an administrator disabled it (absent
 * in users stored before there was such a flag: enabled).
 */
@Document("users")
public record UserAccount(@Id String username, String passwordHash, Set<Role> roles, List<String> provinces,
		String holderId, String email, String calendarTokenHash, Boolean disabled, @Version Long version,
		Instant createdAt, Instant updatedAt) {

	/**
	 * Whether an administrator disabled the user; a user stored without the flag is not.
	 */
	public boolean isDisabled() {
		return Boolean.TRUE.equals(this.disabled);
	}

	public Actor actor() {
		return new Actor(this.username, this.roles, this.provinces, this.holderId);
	}

	/**
	 * The account with an administrator's changes; a null hash or {@code disabled} keeps
	 * the current one.
	 */
	UserAccount withChanges(String newHash, Set<Role> newRoles, List<String> newProvinces, String newHolderId,
			String newEmail, Boolean newDisabled, Instant now) {
		return new UserAccount(this.username, newHash == null ? this.passwordHash : newHash, newRoles, newProvinces,
				newHolderId, newEmail, this.calendarTokenHash, newDisabled == null ? this.disabled : newDisabled,
				this.version, this.createdAt, now);
	}

	UserAccount withCalendarTokenHash(String hash, Instant now) {
		return new UserAccount(this.username, this.passwordHash, this.roles, this.provinces, this.holderId, this.email,
				hash, this.disabled, this.version, this.createdAt, now);
	}

}

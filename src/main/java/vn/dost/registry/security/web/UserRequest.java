package vn.dost.registry.security.web;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;

import vn.dost.registry.security.Role;

/**
 * A user as an administrator sends it; the password is write-only, and {@code disabled}
 * left out keeps what it was (a new user is enabled).
 */
record UserRequest(@Size(max = 64) String username,
		@JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Size(max = 200) String password, Set<Role> roles,
		@Size(max = 34) List<String> provinces, @Size(max = 64) String holderId, String email, Boolean disabled) {
}

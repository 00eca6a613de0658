package vn.dost.registry.security.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.dost.registry.security.Role;

/** A user as the API shows it: never with a password or its hash. */
record UserResponse(String id, String username, Set<Role> roles, List<String> provinces, String holderId, String email,
		boolean disabled, long version, Instant createdAt, Instant updatedAt) {
}

package vn.dost.registry.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A stored user as Spring Security sees it, carrying the registry's {@link Actor}. */
record RegistryUserDetails(UserAccount account) implements UserDetails {

	Actor actor() {
		return this.account.actor();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.account.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.account.passwordHash();
	}

	@Override
	public String getUsername() {
		return this.account.username();
	}

	/** A disabled user's session ends at its next request. */
	@Override
	public boolean isEnabled() {
		return !this.account.isDisabled();
	}

}

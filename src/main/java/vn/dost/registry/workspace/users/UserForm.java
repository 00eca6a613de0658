package vn.dost.registry.workspace.users;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.dost.registry.security.Role;
import vn.dost.registry.security.UserAccount;
import vn.dost.registry.security.UserDirectory;
import vn.dost.registry.shared.Violations;

/**
 * A user account's form as the administrator sends it: the roles and provinces ticked,
 * the organisation of a cooperative's account by name, the password typed twice (new
 * accounts and resets), and the version of the account edited.
 */
record UserForm(String username, String password, String passwordAgain, List<String> roles, List<String> provinces,
		String holderName, String email, Long version) {

	UserForm {
		roles = roles == null ? List.of() : List.copyOf(roles);
		provinces = provinces == null ? List.of() : List.copyOf(provinces);
	}

	static UserForm empty() {
		return new UserForm(null, null, null, List.of(), List.of(), null, null, null);
	}

	static UserForm of(UserAccount account, String holderName) {
		return new UserForm(account.username(), null, null, account.roles().stream().map(Role::name).sorted().toList(),
				account.provinces(), holderName, account.email(), account.version() == null ? 0L : account.version());
	}

	public boolean has(String role) {
		return this.roles.contains(role);
	}

	/**
	 * The change for the directory, with the organisation found by name; a password typed
	 * differently the second time is recorded in {@code violations}.
	 */
	UserDirectory.UserChange change(String holderId, Violations violations) {
		boolean typed = this.password != null && !this.password.isEmpty();
		violations.when(typed && !this.password.equals(this.passwordAgain), "passwordAgain",
				"validation.passwordsDiffer");
		Set<Role> chosen = new LinkedHashSet<>();
		Arrays.stream(Role.values()).filter(role -> this.roles.contains(role.name())).forEach(chosen::add);
		return new UserDirectory.UserChange(blankless(this.username), typed ? this.password : null, chosen,
				this.provinces, holderId, blankless(this.email), null);
	}

	/** The account as it is, with only a new password: for a reset. */
	static UserDirectory.UserChange reset(UserAccount account, String password) {
		return new UserDirectory.UserChange(account.username(), password, account.roles(), account.provinces(),
				account.holderId(), account.email(), null);
	}

	/** The account as it is, disabled or enabled. */
	static UserDirectory.UserChange disabled(UserAccount account, boolean disabled) {
		return new UserDirectory.UserChange(account.username(), null, account.roles(), account.provinces(),
				account.holderId(), account.email(), disabled);
	}

	private static String blankless(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

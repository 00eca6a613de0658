package vn.dost.registry.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The authenticated user a request acts for, as the rest of the registry sees it. */
public record Actor(String username, Set<Role> roles, List<String> provinces, String holderId) {

	/** The registry itself: start-up seeding and the scheduled expiry sweep. */
	public static final Actor SYSTEM = new Actor("system", Set.of(Role.ADMIN), List.of(), null);

	public Actor {
		roles = Set.copyOf(roles);
		provinces = provinces == null ? List.of() : List.copyOf(provinces);
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	public boolean isOfficer() {
		return this.roles.contains(Role.OFFICER);
	}

	/**
	 * Whether this actor reads everything (admins and officers) rather than only its own
	 * titles.
	 */
	public boolean readsAll() {
		return isAdmin() || isOfficer();
	}

	/**
	 * Whether this actor may write a record located in the given 2025 provinces: admins
	 * always, officers when one of them is assigned to them.
	 */
	public boolean mayWriteIn(Collection<String> currentProvinces) {
		if (isAdmin()) {
			return true;
		}
		return isOfficer() && currentProvinces.stream().anyMatch(this.provinces::contains);
	}

	/** Whether this actor may read the records of the given holder. */
	public boolean mayReadHolder(String holder) {
		return readsAll() || (this.holderId != null && this.holderId.equals(holder));
	}

}

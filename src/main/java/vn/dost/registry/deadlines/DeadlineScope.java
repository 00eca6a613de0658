package vn.dost.registry.deadlines;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.security.Actor;

/**
 * Whose deadlines a user sees: an administrator all (or one province's), an officer those
 * of their provinces unless they ask for another one (officers read every province), a
 * holder's user those of its own organisation.
 *
 * @param provinces the 2025 provinces covered, or null for all
 * @param holderId the one holder covered, or null for all
 */
record DeadlineScope(Set<String> provinces, String holderId) {

	static DeadlineScope of(Actor actor, String province, Provinces known) {
		Set<String> asked = null;
		if (province != null && !province.isBlank()) {
			asked = Set.of(known.currentOf(known.require(province, "province")).orElseThrow());
		}
		if (actor.isAdmin()) {
			return new DeadlineScope(asked, null);
		}
		if (actor.isOfficer()) {
			return new DeadlineScope(asked != null ? asked : Set.copyOf(actor.provinces()), null);
		}
		return new DeadlineScope(asked, actor.holderId() == null ? "-" : actor.holderId());
	}

	/** Whether a record in these 2025 provinces, of this holder, is covered. */
	boolean covers(Collection<String> currentProvinces, String holder) {
		boolean place = this.provinces == null || currentProvinces.stream().anyMatch(this.provinces::contains);
		return place && (this.holderId == null || this.holderId.equals(holder));
	}

	List<String> provinceList() {
		return this.provinces == null ? null : List.copyOf(this.provinces);
	}

}

package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.VietnameseText;

/**
 * The provinces a page offers to choose from, in Vietnamese alphabetical order: the 34
 * provinces since 1 July 2025, the former ones that are not among them, or those a user
 * works in.
 */
@Component
public class ProvinceChoices {

	private final List<String> current;

	private final List<String> formerOnly;

	ProvinceChoices(Provinces provinces) {
		this.current = sorted(provinces.currentProvinces());
		this.formerOnly = sorted(provinces.formerProvinces()
			.stream()
			.filter(name -> !provinces.currentProvinces().contains(name))
			.toList());
	}

	/** The 34 provinces since 1 July 2025. */
	public List<String> current() {
		return this.current;
	}

	/** The former provinces whose names are no longer those of a province. */
	public List<String> formerOnly() {
		return this.formerOnly;
	}

	/**
	 * The provinces the user may pick as a scope: every one for an administrator, its own
	 * for an officer, none for a cooperative.
	 */
	public List<String> of(Actor actor) {
		if (actor.isAdmin()) {
			return this.current;
		}
		return actor.isOfficer() ? actor.provinces() : List.of();
	}

	private static List<String> sorted(java.util.Collection<String> names) {
		List<String> all = new ArrayList<>(names);
		all.sort(Comparator.comparing(VietnameseText::collationKey));
		return List.copyOf(all);
	}

}

package vn.dost.registry.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.dost.registry.registry.RegistrationStatus;

/**
 * What bringing a seed title to its row of the current seed edition may change: the
 * fields the seed still owns and the status, when the seed still owns it. A field an
 * officer has changed since the seed entered the title (any history entry of theirs lists
 * it) is the officer's and keeps its value; so is the status once an officer took a
 * decision on the title, and a grant an officer has given facts to.
 */
record SeedCorrection(Set<String> fields, RegistrationStatus status, Set<String> kept) {

	/** Every field a seed row gives, as history names them. */
	static final List<String> SEED_FIELDS = List.of("name", "sign", "aliases", "product", "productGroup", "province",
			"additionalProvinces", "country", "applicationNumber", "registrationNumber", "grantDate",
			"grantDatePartial", "grantDecision", "holderId");

	/** Fields that are one fact: an officer's change to one keeps all of them. */
	private static final List<Set<String>> TOGETHER = List.of(Set.of("grantDate", "grantDatePartial"),
			Set.of("province", "additionalProvinces", "country"));

	/** The facts that say a title was granted. */
	private static final Set<String> GRANT = Set.of("registrationNumber", "grantDate", "grantDatePartial",
			"grantDecision");

	static SeedCorrection of(SeedRegistration title, SeedRow row) {
		return of(title.officerFields(), title.officerChangedStatus(), title.title().getStoredStatus(), row);
	}

	/**
	 * The correction of a title stored in the given status, whose history shows the
	 * officers' changed fields and whether they changed its status.
	 */
	static SeedCorrection of(Set<String> officerFields, boolean officerStatus, RegistrationStatus stored, SeedRow row) {
		Set<String> officer = new LinkedHashSet<>(officerFields);
		TOGETHER.stream().filter(group -> group.stream().anyMatch(officer::contains)).forEach(officer::addAll);
		Set<String> fields = new LinkedHashSet<>(SEED_FIELDS);
		fields.removeAll(officer);
		Set<String> kept = new LinkedHashSet<>(SEED_FIELDS);
		kept.retainAll(officer);
		boolean officerGrant = row.status() == RegistrationStatus.FILED && GRANT.stream().anyMatch(officer::contains);
		boolean seedOwnsStatus = !officerStatus && !officerGrant;
		RegistrationStatus status = row.status() != stored && seedOwnsStatus ? row.status() : null;
		if (row.status() != stored && !seedOwnsStatus) {
			kept.add("status");
		}
		return new SeedCorrection(Set.copyOf(fields), status, Set.copyOf(kept));
	}

}

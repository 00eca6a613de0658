package vn.dost.registry.workspace.registrations;

import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.security.Actor;

/**
 * What the signed-in user may do with titles, to show only the buttons it may use (the
 * services refuse the rest anyway): an officer writes in its provinces, an administrator
 * everywhere, a cooperative manages its own titles' authorised users.
 */
final class RecordRights {

	private RecordRights() {
	}

	/** Whether the user may enter titles at all (somewhere). */
	static boolean mayCreate(Actor actor) {
		return actor.isAdmin() || actor.isOfficer() && !actor.provinces().isEmpty();
	}

	/** Whether the user may edit the title and record its decisions. */
	static boolean mayWrite(Actor actor, RegistrationFacts facts) {
		return actor.mayWriteIn(facts.currentProvinces());
	}

	/**
	 * Whether the user may add authorised users to the title and decide on their rights.
	 */
	static boolean mayManageUsers(Actor actor, RegistrationFacts facts) {
		return mayWrite(actor, facts) || actor.holderId() != null && actor.holderId().equals(facts.holderId());
	}

}

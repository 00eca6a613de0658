package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.Renewal;

/**
 * The lifecycle actions that may happen to a title today, the ones the record page offers
 * as buttons: the registry's transition table from today's status, and for a renewal its
 * window (a geographical indication is never renewed). The service checks the same again
 * when an action is sent.
 */
final class AllowedActions {

	private AllowedActions() {
	}

	static List<LifecycleAction> of(Registration title, LocalDate today) {
		RegistrationStatus now = title.statusOn(today);
		return Arrays.stream(LifecycleAction.values())
			.filter(action -> now.after(action).isPresent())
			.filter(action -> action != LifecycleAction.RENEW || renewable(title, today))
			.toList();
	}

	private static boolean renewable(Registration title, LocalDate today) {
		Renewal renewal = title.renewalOn(today);
		return title.getType().isMark() && renewal != null && renewal.renewable();
	}

}

package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * The title an authorised user uses, as a lookup shows it beside the user: the title's
 * id, name, type, protected sign and status today.
 */
public record UsedTitle(String id, String name, RegistrationType type, String sign, RegistrationStatus status) {

	/** The title as it stands on the given day. */
	public static UsedTitle of(Registration title, LocalDate today) {
		RegistrationFacts facts = title.getFacts();
		return new UsedTitle(title.getId(), facts.name(), facts.type(), facts.sign(), title.statusOn(today));
	}

}

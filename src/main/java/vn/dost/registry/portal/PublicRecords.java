package vn.dost.registry.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.HistoryAction;
import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationListing;

/**
 * A public title with what its record page shows: the decisions (never who entered them,
 * their notes or the changes to authorised users) and the active authorised users by name
 * and locality.
 */
@Component
class PublicRecords {

	/** The history actions that are decisions about the title. */
	static final Set<HistoryAction> DECISIONS = EnumSet.of(HistoryAction.ACCEPT, HistoryAction.PUBLISH,
			HistoryAction.GRANT, HistoryAction.RENEW, HistoryAction.AMEND, HistoryAction.TERMINATE,
			HistoryAction.INVALIDATE, HistoryAction.EXPIRED);

	private final PublicMapper mapper;

	PublicRecords(PublicMapper mapper) {
		this.mapper = mapper;
	}

	PublicRegistration title(RegistrationListing listing, LocalDate today) {
		return this.mapper.toPublic(listing, today);
	}

	PublicRecord record(Registration registration, LocalDate today) {
		List<PublicUser> users = registration.getAuthorisedUsers()
			.stream()
			.filter(user -> user.statusOn(today) == AuthorisedUserStatus.ACTIVE)
			.map(user -> new PublicUser(user.name(), user.locality()))
			.toList();
		return new PublicRecord(title(registration.listing(), today), decisions(registration), users);
	}

	static List<PublicDecision> decisions(Registration registration) {
		RegistrationFacts facts = registration.getFacts();
		List<HistoryEntry> history = registration.getHistory();
		List<PublicDecision> decisions = new ArrayList<>();
		boolean grantListed = history.stream().anyMatch(entry -> entry.kind() == HistoryAction.GRANT);
		if (!grantListed && (facts.grantDecision() != null || facts.grantDate() != null)) {
			decisions.add(new PublicDecision(HistoryAction.GRANT.name(), facts.grantDecision(), facts.grantDate()));
		}
		history.stream()
			.filter(entry -> DECISIONS.contains(entry.kind()))
			.forEach(entry -> decisions.add(new PublicDecision(entry.kind().name(), entry.reference(), entry.date())));
		return decisions;
	}

}

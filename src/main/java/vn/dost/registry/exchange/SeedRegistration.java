package vn.dost.registry.exchange;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.dost.registry.registry.HistoryAction;
import vn.dost.registry.registry.HistoryEntry;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.VietnameseText;

/**
 * A title the seed data entered, as stored now: what the seed first gave it (its entering
 * history entry lists every fact as {@code [null, value]}) and what officers have done
 * with it since (every history entry by anyone but the registry itself).
 */
record SeedRegistration(Registration title, String name, String registrationNumber) {

	private static final Set<HistoryAction> ENTERED = EnumSet.of(HistoryAction.RECORDED, HistoryAction.CREATED);

	/**
	 * The title as a seed title, if the registry itself entered it (the seed data is the
	 * only thing that does).
	 */
	static Optional<SeedRegistration> of(Registration title) {
		List<HistoryEntry> history = title.getHistory();
		if (history.isEmpty() || !bySystem(history.get(0)) || !ENTERED.contains(history.get(0).kind())) {
			return Optional.empty();
		}
		HistoryEntry entered = history.get(0);
		return Optional.of(new SeedRegistration(title, given(entered, "name"), given(entered, "registrationNumber")));
	}

	/** Whether the seed row is the one this title was entered from. */
	boolean enteredFrom(SeedRow row) {
		return row.type() == this.title.getType()
				&& VietnameseText.fold(row.name()).equals(VietnameseText.fold(this.name));
	}

	/**
	 * The fields an officer has changed since the seed entered the title (history's field
	 * names).
	 */
	Set<String> officerFields() {
		return officerEntries().flatMap(entry -> entry.changes().keySet().stream()).collect(Collectors.toSet());
	}

	/** Whether an officer has moved the title to another status (a decision). */
	boolean officerChangedStatus() {
		return officerEntries().anyMatch(entry -> entry.fromStatus() != entry.toStatus());
	}

	/**
	 * Whether officers have worked on the title: any change of theirs in its history, or
	 * producers authorised to use it.
	 */
	boolean officerWork() {
		return officerEntries().findAny().isPresent() || !this.title.getAuthorisedUsers().isEmpty();
	}

	String id() {
		return this.title.getId();
	}

	private Stream<HistoryEntry> officerEntries() {
		return this.title.getHistory().stream().filter(entry -> !bySystem(entry));
	}

	private static boolean bySystem(HistoryEntry entry) {
		return Actor.SYSTEM.username().equals(entry.actor());
	}

	private static String given(HistoryEntry entered, String field) {
		List<Object> change = entered.changes().get(field);
		return change == null || change.size() < 2 ? null : (String) change.get(1);
	}

}

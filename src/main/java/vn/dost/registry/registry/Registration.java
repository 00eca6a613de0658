package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.dost.registry.shared.Changes;
import vn.dost.registry.shared.Conflict;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.VietnameseText;

/**
 * One title or application — a geographical indication, a certification mark or a
 * collective mark — with its whole history. One document: a lifecycle action and its
 * history entry are written in one update, guarded by the version.
 */
@Document("registrations")
public class Registration {

	@Id
	private String id;

	@Version
	private Long version;

	private RegistrationFacts facts;

	private RegistrationStatus status;

	private String gazetteNumber;

	private int renewals;

	private LocalDate expiryDate;

	private LocalDate graceEnds;

	/**
	 * The date of the earliest decision that terminated or invalidated the title (from
	 * its history), kept so that the search index, which has no history, knows it.
	 */
	private LocalDate endedOn;

	/** What that decision made of it: terminated or invalidated. */
	private RegistrationStatus endedBy;

	/**
	 * Absent when there is no number, so the sparse unique index allows many titles
	 * without one.
	 */
	private String applicationKey;

	private String registrationKey;

	/** Every province name, former and current, the title can be found under. */
	private List<String> provinceKeys;

	private String nameSortKey;

	private List<String> dataIssues;

	private Instant createdAt;

	private Instant updatedAt;

	private List<AuthorisedUser> authorisedUsers = new ArrayList<>();

	private List<HistoryEntry> history = new ArrayList<>();

	Registration() {
	}

	/**
	 * A new record: a filing (status {@code FILED}) or an existing title an officer
	 * enters in a later status, which history shows as {@code RECORDED}.
	 */
	static Registration enter(String id, RegistrationFacts facts, RegistrationStatus status, String actor,
			Instant now) {
		return enter(id, facts, status, actor, now,
				status == RegistrationStatus.FILED ? HistoryAction.CREATED : HistoryAction.RECORDED, null);
	}

	/**
	 * A new record entered by the given history action, e.g. {@code IMPORTED} with the
	 * file name as note.
	 */
	static Registration enter(String id, RegistrationFacts facts, RegistrationStatus status, String actor, Instant now,
			HistoryAction action, String note) {
		Registration registration = new Registration();
		registration.id = id == null ? RegistrationIds.next(now) : id;
		registration.facts = facts;
		registration.status = status;
		registration.createdAt = now;
		registration.updatedAt = now;
		registration.history.add(HistoryEntry.of(action, now, actor, null, status, facts.filingDate(), null, note, null,
				RegistrationFacts.entered(facts)));
		registration.refresh();
		return registration;
	}

	/** What the title is on any day: see {@link Standing}. */
	public Standing standing() {
		return listing().standing();
	}

	/** See {@link Standing#statusOn(LocalDate)}. */
	public RegistrationStatus statusOn(LocalDate today) {
		return standing().statusOn(today);
	}

	/** See {@link Standing#isPublicOn(LocalDate)}. */
	public boolean isPublicOn(LocalDate today) {
		return standing().isPublicOn(today);
	}

	/** See {@link Standing#renewalOn(LocalDate)}. */
	public Renewal renewalOn(LocalDate today) {
		return standing().renewalOn(today);
	}

	/**
	 * The title as listings show it, without its history and authorised users: the same
	 * row the search index holds.
	 */
	public RegistrationListing listing() {
		return new RegistrationListing(this.id, this.version == null ? 0 : this.version, this.facts, this.status,
				this.gazetteNumber, this.expiryDate, this.graceEnds, this.endedOn, this.endedBy, this.provinceKeys,
				this.nameSortKey, this.dataIssues, this.createdAt, this.updatedAt);
	}

	/**
	 * Corrects the descriptive facts (not the status); history records every changed
	 * field.
	 */
	void correct(RegistrationFacts next, String actor, HistoryAction action, String note, Instant now) {
		Map<String, List<Object>> changes = this.facts.changesTo(next);
		if (changes.isEmpty()) {
			return;
		}
		this.facts = next;
		touch(now);
		this.history
			.add(HistoryEntry.of(action, now, actor, this.status, this.status, null, null, note, null, changes));
	}

	/**
	 * Corrects the record from a checked source — its facts and, when {@code status} is
	 * not null, its status — outside the lifecycle: no decision was taken, the register
	 * was wrong (e.g. a title no source shows granted goes back to {@code FILED}). One
	 * history entry {@link HistoryAction#CORRECTED} with the note; false, and nothing
	 * recorded, when nothing differs.
	 */
	boolean correctRecord(RegistrationFacts next, RegistrationStatus status, String actor, String note, Instant now) {
		RegistrationStatus target = status == null ? this.status : status;
		Map<String, List<Object>> changes = this.facts.changesTo(next);
		if (changes.isEmpty() && target == this.status) {
			return false;
		}
		this.history.add(HistoryEntry.of(HistoryAction.CORRECTED, now, actor, this.status, target, null, null, note,
				null, changes));
		this.facts = next;
		this.status = target;
		touch(now);
		return true;
	}

	/**
	 * Records an amending decision taken before the title was entered, whose changes its
	 * facts already show: an {@code AMEND} history entry with the decision's date and
	 * reference, and no change.
	 */
	void recordAmendment(LocalDate date, String reference, String note, String actor, LocalDate today, Instant now) {
		standing().after(LifecycleAction.AMEND, today);
		this.history.add(HistoryEntry.of(HistoryAction.AMEND, now, actor, this.status, this.status, date, reference,
				note, null, Map.of()));
		touch(now);
	}

	/**
	 * Records the expiry of a mark whose grace period has ended; true if anything
	 * changed.
	 */
	boolean expireIfLapsed(LocalDate today, Instant now) {
		if (statusOn(today) != RegistrationStatus.EXPIRED || this.status == RegistrationStatus.EXPIRED) {
			return false;
		}
		this.history.add(HistoryEntry.of(HistoryAction.EXPIRED, now, "system", this.status, RegistrationStatus.EXPIRED,
				this.graceEnds, null, null, null, Map.of()));
		this.status = RegistrationStatus.EXPIRED;
		touch(now);
		return true;
	}

	/**
	 * Applies a lifecycle decision: checks the transition table, the title's type and
	 * today's date, then changes the status and appends the history entry.
	 */
	void apply(LifecycleDecision decision, String actor, LocalDate today, Instant now) {
		expireIfLapsed(today, now);
		LifecycleAction action = decision.action();
		RegistrationStatus target = standing().after(action, today);
		Map<String, List<Object>> changes = new LinkedHashMap<>();
		switch (action) {
			case GRANT -> {
				changes.put("registrationNumber",
						Changes.pair(this.facts.registrationNumber(), decision.registrationNumber()));
				changes.put("grantDate", Changes.pair(this.facts.grantDate(), decision.date()));
				this.facts = decision.granted(this.facts);
			}
			case PUBLISH -> {
				changes.put("gazetteNumber", Changes.pair(this.gazetteNumber, decision.gazetteNumber()));
				this.gazetteNumber = decision.gazetteNumber();
			}
			case RENEW -> changes.putAll(renew());
			case AMEND -> {
				changes.putAll(this.facts.changesTo(decision.amended()));
				this.facts = decision.amended();
			}
			default -> {
			}
		}
		this.history.add(HistoryEntry.of(HistoryAction.of(action), now, actor, this.status, target, decision.date(),
				decision.reference(), decision.note(), decision.reason(), changes));
		this.status = target;
		touch(now);
	}

	/** Adds a term; {@link Standing#after} has checked that the mark may be renewed. */
	private Map<String, List<Object>> renew() {
		LocalDate before = this.expiryDate;
		this.renewals++;
		refresh();
		return Map.of("expiryDate", Changes.pair(before, this.expiryDate));
	}

	/**
	 * Adds a producer allowed to use this title; only a granted title can be used. Its
	 * code, when given, must differ from every other user's of the title.
	 */
	void addAuthorisedUser(AuthorisedUser user, String actor, LocalDate today, Instant now) {
		RegistrationStatus current = statusOn(today);
		if (current != RegistrationStatus.GRANTED) {
			throw new AuthorisedUserTransitionNotAllowed("ADD", current, "msg.authorisedUser.titleNotGranted");
		}
		requireUniqueCode(user);
		this.authorisedUsers.add(user);
		recordUserChange(now, actor, HistoryAction.AUTHORISED_USER_ADDED, user, null, null, null,
				AuthorisedUsers.changes(null, user));
	}

	/** Corrects an authorised user's facts; its status stays. */
	void changeAuthorisedUser(String userId, AuthorisedUserDraft facts, String actor, Instant now) {
		AuthorisedUser before = authorisedUser(userId);
		AuthorisedUser after = before.withFacts(facts);
		requireUniqueCode(after);
		Map<String, List<Object>> changes = AuthorisedUsers.changes(before, after);
		if (changes.isEmpty()) {
			return;
		}
		this.authorisedUsers.set(this.authorisedUsers.indexOf(before), after);
		recordUserChange(now, actor, HistoryAction.AUTHORISED_USER_UPDATED, after, null, null, null, changes);
	}

	/**
	 * Suspends, reinstates or revokes an authorised user's right from the decision's
	 * date, which may not precede the right's grant.
	 */
	void decideAuthorisedUser(String userId, AuthorisedUserDecision decision, String actor, LocalDate today,
			Instant now) {
		AuthorisedUser before = authorisedUser(userId);
		AuthorisedUserStatus from = before.statusOn(today);
		AuthorisedUserStatus to = from.after(decision.action());
		if (to == null) {
			throw new AuthorisedUserTransitionNotAllowed(decision.action().name(), from, "msg.transition.table");
		}
		if (before.grantedOn() != null && decision.date().isBefore(before.grantedOn())) {
			throw InvalidInput.of("date", "validation.decisionBeforeGranted");
		}
		// A reinstated right is no longer suspended for any reason; the history keeps
		// both the suspension's reason and the reinstatement's.
		AuthorisedUser after = before.withStatus(to, to == AuthorisedUserStatus.ACTIVE ? null : decision.reason(),
				decision.date());
		this.authorisedUsers.set(this.authorisedUsers.indexOf(before), after);
		recordUserChange(now, actor, HistoryAction.of(decision.action()), after, decision.date(), decision.reference(),
				decision.reason(), AuthorisedUsers.changes(before, after));
	}

	private void recordUserChange(Instant now, String actor, HistoryAction action, AuthorisedUser user, LocalDate date,
			String reference, String reason, Map<String, List<Object>> changes) {
		this.history.add(HistoryEntry.of(action, now, actor, this.status, this.status, date,
				reference == null ? user.decisionNumber() : reference, user.name(), reason, changes));
		this.updatedAt = now;
	}

	private AuthorisedUser authorisedUser(String userId) {
		return this.authorisedUsers.stream()
			.filter(user -> user.id().equals(userId))
			.findFirst()
			.orElseThrow(() -> new AuthorisedUserNotFound(userId));
	}

	private void requireUniqueCode(AuthorisedUser user) {
		if (user.code() != null && this.authorisedUsers.stream()
			.anyMatch(other -> !other.id().equals(user.id()) && user.code().equalsIgnoreCase(other.code()))) {
			throw new Conflict("duplicate-code", user.code());
		}
	}

	/**
	 * Copies a renamed holder's name into this title; not a change of the title.
	 */
	void holderRenamed(String newName) {
		this.facts = this.facts.withHolderName(newName);
		refresh();
	}

	private void touch(Instant now) {
		this.updatedAt = now;
		refresh();
	}

	/**
	 * Recomputes every derived field from the facts, status and history: expiry, unique
	 * keys, sort key, data issues, the date and kind of the decision that ended it.
	 */
	void refresh() {
		RegistrationFacts f = this.facts;
		this.expiryDate = Renewal.expiry(f.type(), this.status, f.filingDate(), this.renewals);
		this.graceEnds = this.expiryDate == null ? null : Renewal.graceEnds(this.expiryDate);
		this.applicationKey = key(f.applicationNumber());
		this.registrationKey = key(f.registrationNumber());
		Set<String> provinces = new LinkedHashSet<>();
		if (f.province() != null) {
			provinces.add(f.province());
		}
		provinces.addAll(f.additionalProvinces());
		provinces.addAll(f.currentProvinces());
		this.provinceKeys = List.copyOf(provinces);
		this.nameSortKey = VietnameseText.collationKey(f.name());
		this.dataIssues = DataIssues.of(f, this.status);
		HistoryEntry ending = this.history.stream()
			.filter(entry -> entry.toStatus() != null && entry.toStatus().isEndedByDecision())
			.min(Comparator.comparing(HistoryEntry::decidedOn))
			.orElse(null);
		this.endedOn = ending == null ? null : ending.decidedOn();
		this.endedBy = ending == null ? null : ending.toStatus();
	}

	private String key(String number) {
		return numberKey(this.facts.type(), number);
	}

	public String getId() {
		return this.id;
	}

	/**
	 * {@code TYPE:NUMBER} of the application number, the key it is unique by; null
	 * without one.
	 */
	String getApplicationKey() {
		return this.applicationKey;
	}

	/**
	 * {@code TYPE:NUMBER} of the registration number, the key it is unique by; null
	 * without one.
	 */
	String getRegistrationKey() {
		return this.registrationKey;
	}

	/**
	 * The key of a number as the unique indexes compare it: the type and the number in
	 * upper case.
	 */
	static String numberKey(RegistrationType type, String number) {
		return number == null ? null : type.name() + ":" + number.toUpperCase(Locale.ROOT);
	}

	public Long getVersion() {
		return this.version;
	}

	public RegistrationFacts getFacts() {
		return this.facts;
	}

	public RegistrationType getType() {
		return this.facts.type();
	}

	/** The status as stored; {@link #statusOn(LocalDate)} gives the one to show. */
	public RegistrationStatus getStoredStatus() {
		return this.status;
	}

	public String getGazetteNumber() {
		return this.gazetteNumber;
	}

	public int getRenewals() {
		return this.renewals;
	}

	public LocalDate getExpiryDate() {
		return this.expiryDate;
	}

	public LocalDate getGraceEnds() {
		return this.graceEnds;
	}

	/** See {@link Standing#endedOn()}. */
	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	/** See {@link Standing#endedBy()}. */
	public RegistrationStatus getEndedBy() {
		return this.endedBy;
	}

	/** Every province name, former and current, the title is found under. */
	public List<String> getProvinceKeys() {
		return List.copyOf(this.provinceKeys);
	}

	/** The name's Vietnamese collation key: its byte order is alphabetical order. */
	public String getNameSortKey() {
		return this.nameSortKey;
	}

	public List<String> getDataIssues() {
		return List.copyOf(this.dataIssues);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * The producers allowed to use this title, in the order they were added; read-only.
	 */
	public List<AuthorisedUser> getAuthorisedUsers() {
		return List.copyOf(this.authorisedUsers);
	}

	/** The history, oldest first; read-only. */
	public List<HistoryEntry> getHistory() {
		return List.copyOf(this.history);
	}

}

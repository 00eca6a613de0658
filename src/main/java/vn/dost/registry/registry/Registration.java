package vn.dost.registry.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

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

	/** The history action of a correction of the record, see {@link #correctRecord}. */
	public static final String CORRECTED = "CORRECTED";

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
	 * Absent when there is no number, so the sparse unique index allows many titles
	 * without one.
	 */
	private String applicationKey;

	private String registrationKey;

	/** Every province name, former and current, the title can be found under. */
	private List<String> provinceKeys;

	private String searchText;

	private String nameSortKey;

	private List<String> dataIssues;

	private boolean incomplete;

	private Instant createdAt;

	private Instant updatedAt;

	private List<AuthorisedUser> authorisedUsers = new ArrayList<>();

	private List<HistoryEntry> history = new ArrayList<>();

	Registration() {
	}

	/**
	 * Sets one field of a record being read back by {@link StoredTitles}, by its stored
	 * name and plain value (dates as instants, arrays as lists); false if no field is
	 * stored under that name.
	 */
	@SuppressWarnings("unchecked")
	boolean restore(String field, Object value) {
		switch (field) {
			case "_id" -> this.id = (String) value;
			case "version" -> this.version = value == null ? null : ((Number) value).longValue();
			case "facts" -> this.facts = (RegistrationFacts) value;
			case "status" -> this.status = StoredTitles.enumOf(RegistrationStatus.class, value);
			case "gazetteNumber" -> this.gazetteNumber = (String) value;
			case "renewals" -> this.renewals = value == null ? 0 : ((Number) value).intValue();
			case "expiryDate" -> this.expiryDate = StoredTitles.day(value);
			case "graceEnds" -> this.graceEnds = StoredTitles.day(value);
			case "applicationKey" -> this.applicationKey = (String) value;
			case "registrationKey" -> this.registrationKey = (String) value;
			case "provinceKeys" -> this.provinceKeys = (List<String>) value;
			case "searchText" -> this.searchText = (String) value;
			case "nameSortKey" -> this.nameSortKey = (String) value;
			case "dataIssues" -> this.dataIssues = (List<String>) value;
			case "incomplete" -> this.incomplete = Boolean.TRUE.equals(value);
			case "createdAt" -> this.createdAt = (Instant) value;
			case "updatedAt" -> this.updatedAt = (Instant) value;
			default -> {
				return false;
			}
		}
		return true;
	}

	/**
	 * A new record: a filing (status {@code FILED}) or an existing title an officer
	 * enters in a later status, which history shows as {@code RECORDED}.
	 */
	static Registration enter(String id, RegistrationFacts facts, RegistrationStatus status, String actor,
			Instant now) {
		return enter(id, facts, status, actor, now, status == RegistrationStatus.FILED ? "CREATED" : "RECORDED", null);
	}

	/**
	 * A new record entered by the given history action, e.g. {@code IMPORTED} with the
	 * file name as note.
	 */
	static Registration enter(String id, RegistrationFacts facts, RegistrationStatus status, String actor, Instant now,
			String action, String note) {
		Registration registration = new Registration();
		registration.id = id == null ? TitleIds.next(now) : id;
		registration.facts = facts;
		registration.status = status;
		registration.createdAt = now;
		registration.updatedAt = now;
		registration.refresh();
		registration.history.add(new HistoryEntry(now, actor, action, null, status, facts.filingDate(), null, note,
				null, new RegistrationFacts(null, null, null, null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, null, null, false)
					.changesTo(facts)));
		return registration;
	}

	/**
	 * The status the title has on the given day: a mark past its grace period reads as
	 * expired at once.
	 */
	public RegistrationStatus statusOn(LocalDate today) {
		if (this.status == RegistrationStatus.GRANTED && this.graceEnds != null && today.isAfter(this.graceEnds)) {
			return RegistrationStatus.EXPIRED;
		}
		return this.status;
	}

	/**
	 * Whether the public portal shows this title on the given day: marked public and
	 * granted or after.
	 */
	public boolean isPublicOn(LocalDate today) {
		return this.facts.publicListing() && statusOn(today).isTitle();
	}

	/**
	 * The renewal dates and state of a granted or expired mark with a known expiry;
	 * otherwise null.
	 */
	public Renewal renewalOn(LocalDate today) {
		RegistrationStatus now = statusOn(today);
		if (this.expiryDate == null || (now != RegistrationStatus.GRANTED && now != RegistrationStatus.EXPIRED)) {
			return null;
		}
		return Renewal.of(this.expiryDate, today);
	}

	/**
	 * Corrects the descriptive facts (not the status); history records every changed
	 * field.
	 */
	void correct(RegistrationFacts next, String actor, String action, String note, Instant now) {
		Map<String, List<Object>> changes = this.facts.changesTo(next);
		if (changes.isEmpty()) {
			return;
		}
		this.facts = next;
		touch(now);
		this.history
			.add(new HistoryEntry(now, actor, action, this.status, this.status, null, null, note, null, changes));
	}

	/**
	 * Corrects the record from a checked source — its facts and, when {@code status} is
	 * not null, its status — outside the lifecycle: no decision was taken, the register
	 * was wrong (e.g. a title no source shows granted goes back to {@code FILED}). One
	 * history entry {@code CORRECTED} with the note; false, and nothing recorded, when
	 * nothing differs.
	 */
	boolean correctRecord(RegistrationFacts next, RegistrationStatus status, String actor, String note, Instant now) {
		RegistrationStatus target = status == null ? this.status : status;
		Map<String, List<Object>> changes = this.facts.changesTo(next);
		if (changes.isEmpty() && target == this.status) {
			return false;
		}
		this.history.add(new HistoryEntry(now, actor, CORRECTED, this.status, target, null, null, note, null, changes));
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
		RegistrationStatus current = statusOn(today);
		if (current.after(LifecycleAction.AMEND).isEmpty()) {
			throw new TransitionNotAllowed(LifecycleAction.AMEND.name(), current, "msg.transition.table");
		}
		this.history.add(new HistoryEntry(now, actor, LifecycleAction.AMEND.name(), this.status, this.status, date,
				reference, note, null, Map.of()));
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
		this.history.add(new HistoryEntry(now, "system", "EXPIRED", this.status, RegistrationStatus.EXPIRED,
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
		RegistrationStatus target = this.status.after(action)
			.orElseThrow(() -> new TransitionNotAllowed(action.name(), this.status, "msg.transition.table"));
		Map<String, List<Object>> changes = new LinkedHashMap<>();
		switch (action) {
			case GRANT -> {
				changes.put("registrationNumber",
						Arrays.asList(this.facts.registrationNumber(), decision.registrationNumber()));
				changes.put("grantDate",
						Arrays.asList(RegistrationFacts.storable(this.facts.grantDate()), decision.date().toString()));
				this.facts = decision.granted(this.facts);
			}
			case PUBLISH -> {
				changes.put("gazetteNumber", Arrays.asList(this.gazetteNumber, decision.gazetteNumber()));
				this.gazetteNumber = decision.gazetteNumber();
			}
			case RENEW -> changes.putAll(renew(today));
			case AMEND -> {
				changes.putAll(this.facts.changesTo(decision.amended()));
				this.facts = decision.amended();
			}
			default -> {
			}
		}
		this.history.add(new HistoryEntry(now, actor, action.name(), this.status, target, decision.date(),
				decision.reference(), decision.note(), decision.reason(), changes));
		this.status = target;
		touch(now);
	}

	private Map<String, List<Object>> renew(LocalDate today) {
		if (!this.facts.type().isMark()) {
			throw new TransitionNotAllowed(LifecycleAction.RENEW.name(), this.status, "msg.transition.giNoRenewal");
		}
		if (this.expiryDate == null) {
			throw new TransitionNotAllowed(LifecycleAction.RENEW.name(), this.status, "msg.transition.noExpiry");
		}
		Renewal renewal = Renewal.of(this.expiryDate, today);
		if (!renewal.renewable()) {
			throw new TransitionNotAllowed(LifecycleAction.RENEW.name(), this.status,
					renewal.state() == RenewalState.NOT_DUE ? "msg.transition.renewalNotDue"
							: "msg.transition.renewalLapsed");
		}
		LocalDate before = this.expiryDate;
		this.renewals++;
		refresh();
		return Map.of("expiryDate", Arrays.asList(before.toString(), this.expiryDate.toString()));
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
		recordUserChange(now, actor, "AUTHORISED_USER_ADDED", user, null, null, null,
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
		recordUserChange(now, actor, "AUTHORISED_USER_UPDATED", after, null, null, null, changes);
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
		recordUserChange(now, actor, "AUTHORISED_USER_" + decision.action().name(), after, decision.date(),
				decision.reference(), decision.reason(), AuthorisedUsers.changes(before, after));
	}

	private void recordUserChange(Instant now, String actor, String action, AuthorisedUser user, LocalDate date,
			String reference, String reason, Map<String, List<Object>> changes) {
		this.history.add(new HistoryEntry(now, actor, action, this.status, this.status, date,
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
	 * Copies a renamed holder's name into this title and its search text; not a change of
	 * the title.
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
	 * Recomputes every derived field from the facts: expiry, unique keys, search text,
	 * sort key, data issues.
	 */
	private void refresh() {
		RegistrationFacts f = this.facts;
		boolean mark = f.type().isMark();
		this.expiryDate = mark && f.filingDate() != null ? Renewal.expiry(f.filingDate(), this.renewals) : null;
		this.graceEnds = this.expiryDate == null ? null : this.expiryDate.plusMonths(Renewal.WINDOW_MONTHS);
		this.applicationKey = key(f.applicationNumber());
		this.registrationKey = key(f.registrationNumber());
		Set<String> provinces = new LinkedHashSet<>();
		if (f.province() != null) {
			provinces.add(f.province());
		}
		provinces.addAll(f.additionalProvinces());
		provinces.addAll(f.currentProvinces());
		this.provinceKeys = List.copyOf(provinces);
		this.searchText = VietnameseText.fold(Stream
			.concat(Stream.of(f.name(), f.sign(), f.product(), f.holderName(), f.area(), f.applicationNumber(),
					f.registrationNumber()), f.aliases().stream())
			.filter(part -> part != null)
			.collect(Collectors.joining(" ")));
		this.nameSortKey = VietnameseText.collationKey(f.name());
		this.dataIssues = DataIssues.of(f, this.status);
		this.incomplete = !this.dataIssues.isEmpty();
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

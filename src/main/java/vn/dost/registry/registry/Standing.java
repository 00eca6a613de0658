package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * What a registration is on a given day, worked out from the few stored facts that decide
 * it: its type, stored status, the day it counts as granted, its expiry and end of grace,
 * and the day and kind of the decision that ended it. The aggregate
 * ({@link Registration}) and the index's row ({@link RegistrationListing}) both give one,
 * so each day-dependent rule is written here once.
 *
 * @param grantedOn see {@link RegistrationFacts#grantedOn()}
 * @param enteredOn the day (in Vietnam) the record was entered in the registry; null if
 * not known
 * @param endedOn the date of the earliest decision that terminated or invalidated it;
 * null if none did
 * @param endedBy the status that decision gave it: terminated or invalidated; null if
 * none did
 */
public record Standing(RegistrationType type, RegistrationStatus storedStatus, LocalDate grantedOn, LocalDate enteredOn,
		LocalDate expiryDate, LocalDate graceEnds, LocalDate endedOn, RegistrationStatus endedBy,
		boolean publicListing) {

	/**
	 * The status on the day: a granted mark past its grace period reads as expired at
	 * once, before the nightly sweep stores it so. The search index filters and counts
	 * the same rule at query time ({@code index/IndexQueries#status}).
	 */
	public RegistrationStatus statusOn(LocalDate day) {
		if (this.storedStatus == RegistrationStatus.GRANTED && this.graceEnds != null && day.isAfter(this.graceEnds)) {
			return RegistrationStatus.EXPIRED;
		}
		return this.storedStatus;
	}

	/**
	 * Where the lifecycle action leads if it may happen on the day, from the status on
	 * that day: the transition table ({@link RegistrationStatus#after}); a geographical
	 * indication is never renewed (Art. 93.7); a mark is renewed only from its renewal
	 * window's opening to the end of its grace period (Art. 94, {@link Renewal}). The one
	 * check both an officer's request (before its fields are read: 409 before 400) and
	 * the aggregate's transition make.
	 * @throws TransitionNotAllowed naming the rule that forbids it
	 */
	public RegistrationStatus after(LifecycleAction action, LocalDate day) {
		RegistrationStatus from = statusOn(day);
		RegistrationStatus to = from.after(action)
			.orElseThrow(() -> new TransitionNotAllowed(action.name(), from, "msg.transition.table"));
		if (action == LifecycleAction.RENEW) {
			if (!this.type.isMark()) {
				throw new TransitionNotAllowed(action.name(), from, "msg.transition.giNoRenewal");
			}
			if (this.expiryDate == null) {
				throw new TransitionNotAllowed(action.name(), from, "msg.transition.noExpiry");
			}
			RenewalState renewal = Renewal.of(this.expiryDate, day).state();
			if (renewal == RenewalState.NOT_DUE) {
				throw new TransitionNotAllowed(action.name(), from, "msg.transition.renewalNotDue");
			}
			if (renewal == RenewalState.LAPSED) {
				throw new TransitionNotAllowed(action.name(), from, "msg.transition.renewalLapsed");
			}
		}
		return to;
	}

	/**
	 * The renewal dates and state on the day of a granted or expired mark with a known
	 * expiry; otherwise null.
	 */
	public Renewal renewalOn(LocalDate day) {
		RegistrationStatus status = statusOn(day);
		if (this.expiryDate == null || (status != RegistrationStatus.GRANTED && status != RegistrationStatus.EXPIRED)) {
			return null;
		}
		return Renewal.of(this.expiryDate, day);
	}

	/**
	 * Whether the public portal shows it on the day: marked public and granted or what
	 * became of a grant.
	 */
	public boolean isPublicOn(LocalDate day) {
		return this.publicListing && statusOn(day).isTitle();
	}

	/**
	 * Whether it was in force on the day: in force from {@link #inForceFrom()} on or
	 * before it; for a mark, not past the end of its grace period; and not ended by a
	 * decision (termination, Art. 95; invalidation, Art. 96) dated on or before it. A
	 * filing never granted, refused or withdrawn is never in force.
	 */
	public boolean isInForceOn(LocalDate day) {
		LocalDate from = inForceFrom();
		if (from == null || from.isAfter(day)) {
			return false;
		}
		if (this.graceEnds != null && day.isAfter(this.graceEnds)) {
			return false;
		}
		return this.endedOn == null || this.endedOn.isAfter(day);
	}

	/**
	 * The first day it counts as in force: its grant date; for a title entered as granted
	 * without one, the day it was entered (it was granted by then at the latest). Null
	 * for a filing never granted, refused or withdrawn, or a title entered on an unknown
	 * day without a grant date.
	 */
	public LocalDate inForceFrom() {
		if (!this.storedStatus.isTitle()) {
			return null;
		}
		return this.grantedOn != null ? this.grantedOn : this.enteredOn;
	}

	/**
	 * What the decision that ended it made of it — terminated or invalidated — when that
	 * decision is dated on or before the day; null otherwise.
	 */
	public RegistrationStatus endingOn(LocalDate day) {
		return this.endedOn == null || this.endedOn.isAfter(day) ? null : this.endedBy;
	}

}

package vn.dost.registry.registry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a title stands. The allowed-transition table lives here:
 * {@link #after(LifecycleAction)} says where an action leads from this status, or that it
 * is not allowed.
 */
public enum RegistrationStatus {

	/** Filed, awaiting formality examination. */
	FILED,
	/** Accepted as formally valid. */
	ACCEPTED,
	/** Published in the Industrial Property Gazette. */
	PUBLISHED,
	/** Granted and in force. */
	GRANTED,
	/** Refused. */
	REFUSED,
	/**
	 * Withdrawn by the applicant; also a record entered twice, set aside by a correction
	 * of the record (its history says which record stays).
	 */
	WITHDRAWN,
	/** A mark whose term and six-month grace period ended without renewal. */
	EXPIRED,
	/** Terminated by decision. */
	TERMINATED,
	/** Invalidated by decision: void from the start. */
	INVALIDATED;

	private static final Map<RegistrationStatus, Map<LifecycleAction, RegistrationStatus>> TABLE = new EnumMap<>(
			RegistrationStatus.class);

	static {
		for (RegistrationStatus pending : Set.of(FILED, ACCEPTED, PUBLISHED)) {
			allow(pending, LifecycleAction.REFUSE, REFUSED);
			allow(pending, LifecycleAction.WITHDRAW, WITHDRAWN);
		}
		allow(FILED, LifecycleAction.ACCEPT, ACCEPTED);
		allow(ACCEPTED, LifecycleAction.PUBLISH, PUBLISHED);
		allow(PUBLISHED, LifecycleAction.GRANT, GRANTED);
		allow(GRANTED, LifecycleAction.RENEW, GRANTED);
		allow(EXPIRED, LifecycleAction.RENEW, GRANTED);
		allow(GRANTED, LifecycleAction.TERMINATE, TERMINATED);
		allow(GRANTED, LifecycleAction.AMEND, GRANTED);
		for (RegistrationStatus ended : Set.of(GRANTED, TERMINATED, EXPIRED)) {
			allow(ended, LifecycleAction.INVALIDATE, INVALIDATED);
		}
	}

	private static void allow(RegistrationStatus from, LifecycleAction action, RegistrationStatus to) {
		TABLE.computeIfAbsent(from, key -> new EnumMap<>(LifecycleAction.class)).put(action, to);
	}

	/**
	 * The status the action leads to from this one, or empty when the action is not
	 * allowed here.
	 */
	public Optional<RegistrationStatus> after(LifecycleAction action) {
		return Optional.ofNullable(TABLE.getOrDefault(this, Map.of()).get(action));
	}

	/**
	 * Whether a title was granted and this is it or what became of it: the statuses the
	 * public may see.
	 */
	public boolean isTitle() {
		return this == GRANTED || this == EXPIRED || this == TERMINATED || this == INVALIDATED;
	}

	/** Whether a decision took the title away: terminated or invalidated. */
	public boolean isEndedByDecision() {
		return this == TERMINATED || this == INVALIDATED;
	}

	/**
	 * Whether the title never had effect: refused or withdrawn before grant, or
	 * invalidated, which voids it from the start (Art. 96). It has no term, hence no
	 * expiry.
	 */
	public boolean isVoid() {
		return this == REFUSED || this == WITHDRAWN || this == INVALIDATED;
	}

	/** Whether the application is still being examined. */
	public boolean isPending() {
		return this == FILED || this == ACCEPTED || this == PUBLISHED;
	}

}

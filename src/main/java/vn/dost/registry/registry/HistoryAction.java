package vn.dost.registry.registry;

/**
 * What a history entry of a title records. Stored by name
 * ({@link HistoryEntry#action()}); an entry whose stored action this version does not
 * know (written by a newer version) keeps it as stored and reads as {@link #UNKNOWN}.
 */
public enum HistoryAction {

	/** A new application was filed. */
	CREATED,
	/** An existing title was entered by an officer, in the status it has. */
	RECORDED,
	/**
	 * A title was created or corrected from an imported file (the note names the file).
	 */
	IMPORTED,
	/** An officer corrected descriptive facts. */
	UPDATED,
	/**
	 * The record was corrected from a checked source, outside the lifecycle (the register
	 * was wrong, no decision was taken); the note names the source.
	 */
	CORRECTED,
	/** The nightly sweep stored a mark whose grace period ended without renewal. */
	EXPIRED,
	/** Formally valid (lifecycle action). */
	ACCEPT,
	/** Published in the Industrial Property Gazette. */
	PUBLISH,
	/** Granted. */
	GRANT,
	/** Refused. */
	REFUSE,
	/** Withdrawn by the applicant. */
	WITHDRAW,
	/** Renewed for another term. */
	RENEW,
	/** Terminated by decision (Art. 95). */
	TERMINATE,
	/** Invalidated by decision (Art. 96). */
	INVALIDATE,
	/** Amended by decision. */
	AMEND,
	/** A producer was allowed to use the title. */
	AUTHORISED_USER_ADDED,
	/** An authorised user's facts were corrected. */
	AUTHORISED_USER_UPDATED,
	/** An authorised user's right was suspended. */
	AUTHORISED_USER_SUSPEND,
	/** A suspended right was restored. */
	AUTHORISED_USER_REINSTATE,
	/** An authorised user's right was revoked. */
	AUTHORISED_USER_REVOKE,
	/** A stored action this version does not know; the entry keeps it as stored. */
	UNKNOWN;

	/** The entry a lifecycle decision makes. */
	public static HistoryAction of(LifecycleAction action) {
		return valueOf(action.name());
	}

	/** The entry a decision on an authorised user's right makes. */
	public static HistoryAction of(AuthorisedUserAction action) {
		return valueOf("AUTHORISED_USER_" + action.name());
	}

	/**
	 * The action stored under the name; {@link #UNKNOWN} for a name this version does not
	 * know.
	 */
	public static HistoryAction stored(String name) {
		if (name == null || name.equals(UNKNOWN.name())) {
			return UNKNOWN;
		}
		try {
			return valueOf(name);
		}
		catch (IllegalArgumentException notKnown) {
			return UNKNOWN;
		}
	}

}

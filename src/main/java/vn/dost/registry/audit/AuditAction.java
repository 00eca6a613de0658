package vn.dost.registry.audit;

/** What an audit entry records. */
public enum AuditAction {

	/**
	 * A password checked and found right: once per remembered sign-in (an API client
	 * sends its password with every request; only the checks are recorded).
	 */
	LOGIN_SUCCEEDED,

	/** A wrong password, an unknown or a disabled user: every one. */
	LOGIN_FAILED,

	/**
	 * A user name or a client address reached its limit of failed sign-ins: once when the
	 * limit is reached, not for every refused attempt after it.
	 */
	LOGIN_BLOCKED,

	/** A signed-in session ended (the workspace's form login; HTTP Basic has none). */
	LOGOUT,

	/** A user was created. */
	USER_CREATED,

	/** A user's holder, e-mail or other details changed (roles and provinces apart). */
	USER_CHANGED,

	/** A user's roles changed. */
	ROLES_CHANGED,

	/** An officer's provinces changed. */
	PROVINCES_CHANGED,

	/** An administrator set a user's password. */
	PASSWORD_RESET,

	/** A user may no longer sign in. */
	USER_DISABLED,

	/** A disabled user may sign in again. */
	USER_ENABLED,

	/** A user made a new calendar feed token (the previous one stopped working). */
	CALENDAR_TOKEN_ISSUED,

	/** A CSV or XLSX import that was meant to write (dry runs are not recorded). */
	IMPORTED,

	/** The full backup was downloaded. */
	BACKUP_DOWNLOADED,

	/** A full backup was restored. */
	RESTORED,

	/** The search index was rebuilt by hand. */
	REINDEXED

}

package vn.dost.registry.security;

/** What a user of the registry is. */
public enum Role {

	/** Everything, including user management. */
	ADMIN,

	/**
	 * A DOST officer: reads everything, writes titles, holders and OCOP products of their
	 * provinces.
	 */
	OFFICER,

	/**
	 * A cooperative or association: reads its own titles and manages their authorised
	 * users.
	 */
	HOLDER

}

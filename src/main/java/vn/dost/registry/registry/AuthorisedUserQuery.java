package vn.dost.registry.registry;

/**
 * A lookup of the authorised users the public may see: words of the user's name or code
 * or of the title's name or sign, the status they have today, a province (the user's,
 * former or current name), the title's type, one title; every field may be null.
 */
public record AuthorisedUserQuery(String q, AuthorisedUserStatus status, String province, RegistrationType type,
		String titleId) {
}

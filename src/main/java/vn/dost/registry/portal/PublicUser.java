package vn.dost.registry.portal;

/**
 * An active authorised user as the public sees it: name and locality (its province),
 * never its address.
 */
public record PublicUser(String name, String locality) {
}

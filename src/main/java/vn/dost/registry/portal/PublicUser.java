package vn.dost.registry.portal;

/**
 * An active authorised user as the public sees it: name and locality (commune, province),
 * never its address.
 */
public record PublicUser(String name, String locality) {
}

package vn.dost.registry.registry;

/**
 * A form of a registration made from its listing for people to read — the officers' and
 * the public's — whose facts are mapped once, by {@link ListingMappings}.
 */
public interface ListingView {

}

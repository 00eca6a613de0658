package vn.dost.registry.portal;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.Mapper;

import vn.dost.registry.registry.ListingMappings;
import vn.dost.registry.registry.RegistrationListing;

/**
 * Titles in their public form; status and renewal computed for the given day. The facts
 * are mapped by {@link ListingMappings}; what the public must not see is not in
 * {@link PublicRegistration}.
 */
@Mapper(config = ListingMappings.class)
interface PublicMapper {

	PublicRegistration toPublic(RegistrationListing listing, @Context LocalDate today);

}

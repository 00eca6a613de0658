package vn.dost.registry.portal;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.dost.registry.registry.AuthorisedUserListing;
import vn.dost.registry.registry.PublicAuthorisedUsers;
import vn.dost.registry.shared.MappingConfig;

/**
 * Authorised users in their public form: status, since when and whether authorised
 * computed for the given day, with the absolute address of their verdict page.
 */
@Mapper(config = MappingConfig.class, imports = PublicAuthorisedUsers.class)
interface PublicUserMapper {

	@Mapping(target = "name", source = "user.name")
	@Mapping(target = "locality", expression = "java(listing.user().locality())")
	@Mapping(target = "code", source = "user.code")
	@Mapping(target = "status", expression = "java(listing.user().statusOn(today))")
	@Mapping(target = "authorised", expression = "java(listing.authorisedOn(today))")
	@Mapping(target = "grantedOn", source = "user.grantedOn")
	@Mapping(target = "validUntil", source = "user.validUntil")
	@Mapping(target = "statusSince", expression = "java(listing.user().since(today))")
	@Mapping(target = "checkUrl",
			expression = "java(links.absolute(PublicAuthorisedUsers.checkPath(listing.title().id(), listing.user())))")
	PublicAuthorisedUser toPublic(AuthorisedUserListing listing, @Context LocalDate today, @Context PortalLinks links);

}

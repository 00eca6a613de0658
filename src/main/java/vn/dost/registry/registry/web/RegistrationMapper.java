package vn.dost.registry.registry.web;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.dost.registry.registry.ActionCommand;
import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserDraft;
import vn.dost.registry.registry.ListingMappings;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationListing;

/**
 * Titles between their stored and their API form; derived fields are computed for the
 * given day. A title's facts are mapped by {@link ListingMappings}.
 */
@Mapper(config = ListingMappings.class)
interface RegistrationMapper {

	@Mapping(target = "isPublic", source = "facts.publicListing")
	RegistrationResponse toResponse(RegistrationListing listing, @Context LocalDate today);

	/** A registration read from the database, shown as its listing is. */
	default RegistrationResponse toResponse(Registration registration, @Context LocalDate today) {
		return toResponse(registration.listing(), today);
	}

	@Mapping(target = "name", source = "facts.name")
	@Mapping(target = "type", source = "facts.type")
	@Mapping(target = "status", expression = "java(registration.statusOn(today))")
	@Mapping(target = "province",
			expression = "java(registration.facts().currentProvinces().isEmpty() ? registration.facts().province() : registration.facts().currentProvinces().get(0))")
	SuggestionResponse.Suggestion toSuggestion(RegistrationListing registration, @Context LocalDate today);

	@Mapping(target = "publicListing", source = "isPublic")
	RegistrationDraft toDraft(RegistrationRequest request);

	ActionCommand toCommand(ActionRequest request);

	@Mapping(target = "status", expression = "java(user.statusOn(today))")
	@Mapping(target = "statusSince", expression = "java(user.since(today))")
	AuthorisedUserResponse toResponse(AuthorisedUser user, @Context LocalDate today);

	AuthorisedUserDraft toDraft(AuthorisedUserRequest request);

}

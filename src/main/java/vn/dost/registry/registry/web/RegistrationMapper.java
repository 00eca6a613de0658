package vn.dost.registry.registry.web;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.dost.registry.registry.ActionCommand;
import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserDraft;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.shared.MappingConfig;

/**
 * Titles between their stored and their API form; derived fields are computed for the
 * given day.
 */
@Mapper(config = MappingConfig.class)
interface RegistrationMapper {

	@Mapping(target = "version", expression = "java(registration.getVersion() == null ? 0 : registration.getVersion())")
	@Mapping(target = "type", source = "facts.type")
	@Mapping(target = "name", source = "facts.name")
	@Mapping(target = "sign", source = "facts.sign")
	@Mapping(target = "aliases", source = "facts.aliases")
	@Mapping(target = "product", source = "facts.product")
	@Mapping(target = "productGroup", source = "facts.productGroup")
	@Mapping(target = "niceClasses", source = "facts.niceClasses")
	@Mapping(target = "province", source = "facts.province")
	@Mapping(target = "additionalProvinces", source = "facts.additionalProvinces")
	@Mapping(target = "country", source = "facts.country")
	@Mapping(target = "currentProvince",
			expression = "java(registration.getFacts().currentProvinces().isEmpty() ? null : registration.getFacts().currentProvinces().get(0))")
	@Mapping(target = "currentProvinces", source = "facts.currentProvinces")
	@Mapping(target = "area", source = "facts.area")
	@Mapping(target = "applicationNumber", source = "facts.applicationNumber")
	@Mapping(target = "filingDate", source = "facts.filingDate")
	@Mapping(target = "registrationNumber", source = "facts.registrationNumber")
	@Mapping(target = "grantDate", source = "facts.grantDate")
	@Mapping(target = "grantDatePartial", source = "facts.grantDatePartial")
	@Mapping(target = "grantDecision", source = "facts.grantDecision")
	@Mapping(target = "gazetteNumber", source = "gazetteNumber")
	@Mapping(target = "status", expression = "java(registration.statusOn(today))")
	@Mapping(target = "holderId", source = "facts.holderId")
	@Mapping(target = "holderName", source = "facts.holderName")
	@Mapping(target = "description", source = "facts.description")
	@Mapping(target = "specificCharacteristics", source = "facts.specificCharacteristics")
	@Mapping(target = "isPublic", source = "facts.publicListing")
	@Mapping(target = "renewal", expression = "java(registration.renewalOn(today))")
	RegistrationResponse toResponse(Registration registration, @Context LocalDate today);

	@Mapping(target = "name", source = "facts.name")
	@Mapping(target = "type", source = "facts.type")
	@Mapping(target = "status", expression = "java(registration.statusOn(today))")
	@Mapping(target = "province",
			expression = "java(registration.getFacts().currentProvinces().isEmpty() ? registration.getFacts().province() : registration.getFacts().currentProvinces().get(0))")
	SuggestionResponse.Suggestion toSuggestion(Registration registration, @Context LocalDate today);

	@Mapping(target = "publicListing", source = "isPublic")
	RegistrationDraft toDraft(RegistrationRequest request);

	ActionCommand toCommand(ActionRequest request);

	@Mapping(target = "status", expression = "java(user.statusOn(today))")
	@Mapping(target = "statusSince", expression = "java(user.since(today))")
	AuthorisedUserResponse toResponse(AuthorisedUser user, @Context LocalDate today);

	AuthorisedUserDraft toDraft(AuthorisedUserRequest request);

}

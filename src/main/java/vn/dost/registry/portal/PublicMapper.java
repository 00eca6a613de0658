package vn.dost.registry.portal;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.shared.MappingConfig;

/** Titles in their public form; status and renewal computed for the given day. */
@Mapper(config = MappingConfig.class)
interface PublicMapper {

	@Mapping(target = "type", source = "facts.type")
	@Mapping(target = "name", source = "facts.name")
	@Mapping(target = "sign", source = "facts.sign")
	@Mapping(target = "aliases", source = "facts.aliases")
	@Mapping(target = "product", source = "facts.product")
	@Mapping(target = "productGroup", source = "facts.productGroup")
	@Mapping(target = "niceClasses", source = "facts.niceClasses")
	@Mapping(target = "province", source = "facts.province")
	@Mapping(target = "currentProvince",
			expression = "java(registration.facts().currentProvinces().isEmpty() ? null : registration.facts().currentProvinces().get(0))")
	@Mapping(target = "currentProvinces", source = "facts.currentProvinces")
	@Mapping(target = "area", source = "facts.area")
	@Mapping(target = "applicationNumber", source = "facts.applicationNumber")
	@Mapping(target = "filingDate", source = "facts.filingDate")
	@Mapping(target = "registrationNumber", source = "facts.registrationNumber")
	@Mapping(target = "grantDate", source = "facts.grantDate")
	@Mapping(target = "grantDatePartial", source = "facts.grantDatePartial")
	@Mapping(target = "grantDecision", source = "facts.grantDecision")
	@Mapping(target = "status", expression = "java(registration.statusOn(today))")
	@Mapping(target = "holderName", source = "facts.holderName")
	@Mapping(target = "description", source = "facts.description")
	@Mapping(target = "specificCharacteristics", source = "facts.specificCharacteristics")
	@Mapping(target = "renewal", expression = "java(registration.renewalOn(today))")
	PublicTitle toPublic(RegistrationListing registration, @Context LocalDate today);

}

package vn.dost.registry.registry;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.MapperConfig;
import org.mapstruct.Mapping;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.ReportingPolicy;

/**
 * The one mapping of a registration's listing to a form people read
 * ({@link ListingView}): every fact to the field of its name, the listing's own fields
 * (id, version, dates, data issues) likewise, the first current province, and the status
 * and renewal on the day. Every mapper of such a form uses this configuration and
 * inherits the mapping, adding only what differs; a new fact needs no mapping at all.
 * Parameters must be named as here ({@code listing}, {@code today}): the expressions use
 * the names.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR,
		mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG)
public interface ListingMappings {

	@Mapping(target = ".", source = "facts")
	@Mapping(target = "currentProvince",
			expression = "java(listing.facts().currentProvinces().isEmpty() ? null : listing.facts().currentProvinces().get(0))")
	@Mapping(target = "status", expression = "java(listing.statusOn(today))")
	@Mapping(target = "renewal", expression = "java(listing.renewalOn(today))")
	ListingView view(RegistrationListing listing, @Context LocalDate today);

}

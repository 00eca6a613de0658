package vn.dost.registry.shared;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * The one configuration every MapStruct mapper of the service shares: Spring beans, no
 * unmapped target.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MappingConfig {

}

package vn.dost.registry.audit.web;

import org.mapstruct.Mapper;

import vn.dost.registry.audit.AuditEntry;
import vn.dost.registry.shared.MappingConfig;

/** Audit entries from their stored to their API form. */
@Mapper(config = MappingConfig.class)
interface AuditMapper {

	AuditEntryResponse toResponse(AuditEntry entry);

}

package vn.dost.registry.holders.web;

import org.mapstruct.Mapper;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderService.Draft;
import vn.dost.registry.shared.MappingConfig;

/** Holders between their stored and their API form. */
@Mapper(config = MappingConfig.class)
interface HolderMapper {

	HolderResponse toResponse(Holder holder);

	Draft toDraft(HolderRequest request);

}

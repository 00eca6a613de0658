package vn.dost.registry.ocop.web;

import java.util.Set;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.dost.registry.ocop.OcopDraft;
import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.ocop.Recertification;
import vn.dost.registry.shared.MappingConfig;

/**
 * OCOP products between their stored and their API form; data issues depend on the titles
 * granted today.
 */
@Mapper(config = MappingConfig.class)
interface OcopProductMapper {

	@Mapping(target = "version", expression = "java(product.getVersion() == null ? 0 : product.getVersion())")
	@Mapping(target = "currentProvince",
			expression = "java(product.getCurrentProvinces().isEmpty() ? null : product.getCurrentProvinces().get(0))")
	@Mapping(target = "dataIssues", expression = "java(product.dataIssues(grantedTitles))")
	OcopProductResponse toResponse(OcopProduct product, @Context Set<String> grantedTitles);

	OcopDraft toDraft(OcopProductRequest request);

	Recertification toRecertification(RecertifyRequest request);

}

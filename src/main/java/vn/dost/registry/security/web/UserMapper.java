package vn.dost.registry.security.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.dost.registry.security.UserAccount;
import vn.dost.registry.security.UserDirectory.UserChange;
import vn.dost.registry.shared.MappingConfig;

/** Users between their stored and their API form. */
@Mapper(config = MappingConfig.class)
interface UserMapper {

	@Mapping(target = "id", source = "username")
	@Mapping(target = "disabled", expression = "java(account.isDisabled())")
	UserResponse toResponse(UserAccount account);

	UserChange toChange(UserRequest request);

}

package vn.dost.registry.registry.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;

/**
 * A title as a client sends it to {@code POST} or {@code PUT}; read-only fields sent back
 * are ignored. Limits and rules are checked by the domain, so imports meet the same ones.
 */
record RegistrationRequest(RegistrationType type, String name, String sign, List<String> aliases, String product,
		ProductGroup productGroup, List<Integer> niceClasses, String province, List<String> additionalProvinces,
		String country, String area, String applicationNumber, LocalDate filingDate, String registrationNumber,
		LocalDate grantDate, String grantDatePartial, String grantDecision, RegistrationStatus status, String holderId,
		String description, String specificCharacteristics, @JsonProperty("public") Boolean isPublic) {
}

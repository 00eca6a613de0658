package vn.dost.registry.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.dost.registry.registry.ListingView;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.Renewal;

/** A title as the officers' API shows it, with its derived fields for today. */
record RegistrationResponse(String id, long version, RegistrationType type, String name, String sign,
		List<String> aliases, String product, ProductGroup productGroup, List<Integer> niceClasses, String province,
		List<String> additionalProvinces, String country, String currentProvince, List<String> currentProvinces,
		String area, String applicationNumber, LocalDate filingDate, String registrationNumber, LocalDate grantDate,
		String grantDatePartial, String grantDecision, String gazetteNumber, LocalDate expiryDate,
		RegistrationStatus status, String holderId, String holderName, String description,
		String specificCharacteristics, @JsonProperty("public") boolean isPublic, Renewal renewal,
		List<String> dataIssues, Instant createdAt, Instant updatedAt) implements ListingView {
}

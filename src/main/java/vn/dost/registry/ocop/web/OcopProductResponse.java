package vn.dost.registry.ocop.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dost.registry.ocop.OcopProductGroup;

/** An OCOP product as the officers' API shows it, with its data issues as of today. */
record OcopProductResponse(String id, long version, String name, String producerName, String holderId, String province,
		String currentProvince, List<String> currentProvinces, String commune, OcopProductGroup productGroup, int stars,
		String decisionNumber, LocalDate certifiedOn, LocalDate validUntil, List<String> registrationIds,
		List<String> dataIssues, Instant createdAt, Instant updatedAt) {
}

package vn.dost.registry.ocop.web;

import java.time.LocalDate;
import java.util.List;

import vn.dost.registry.ocop.OcopProductGroup;

/**
 * An OCOP product as a client sends it; read-only fields sent back ({@code validUntil},
 * {@code dataIssues}…) are ignored, and every rule is checked by the service.
 */
record OcopProductRequest(String name, String producerName, String holderId, String province, String commune,
		OcopProductGroup productGroup, Integer stars, String decisionNumber, LocalDate certifiedOn,
		List<String> registrationIds) {
}

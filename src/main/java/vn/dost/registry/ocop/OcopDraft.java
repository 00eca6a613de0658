package vn.dost.registry.ocop;

import java.time.LocalDate;
import java.util.List;

/** An OCOP product as a client sends it, before it is checked. */
public record OcopDraft(String name, String producerName, String holderId, String province, String commune,
		OcopProductGroup productGroup, Integer stars, String decisionNumber, LocalDate certifiedOn,
		List<String> registrationIds) {
}

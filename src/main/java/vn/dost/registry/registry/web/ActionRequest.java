package vn.dost.registry.registry.web;

import java.time.LocalDate;
import java.util.Map;

import vn.dost.registry.registry.LifecycleAction;

/** The body of {@code POST /api/v1/registrations/{id}/actions}. */
record ActionRequest(LifecycleAction action, LocalDate date, String reference, String note, String reason,
		String gazetteNumber, String registrationNumber, Map<String, Object> changes) {
}

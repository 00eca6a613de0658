package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.Map;

/** A lifecycle action as a client sends it, before it is checked. */
public record ActionCommand(LifecycleAction action, LocalDate date, String reference, String note, String reason,
		String gazetteNumber, String registrationNumber, Map<String, Object> changes) {
}

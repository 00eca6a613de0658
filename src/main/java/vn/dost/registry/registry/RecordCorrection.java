package vn.dost.registry.registry;

import java.util.Set;

/**
 * A correction of a title's record from a checked source: the named fields take the
 * corrected draft's values, the status (when not null) becomes the given one, and the
 * note says what was corrected and why.
 */
public record RecordCorrection(RegistrationDraft corrected, Set<String> fields, RegistrationStatus status,
		String note) {

	public RecordCorrection {
		fields = Set.copyOf(fields);
	}

}

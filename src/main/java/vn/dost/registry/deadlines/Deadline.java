package vn.dost.registry.deadlines;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One thing that needs an officer's action by a day: about a title
 * ({@code registrationId}), an OCOP product ({@code ocopProductId}) or a title's
 * authorised user ({@code registrationId} and {@code authorisedUserId}). {@code name} is
 * what it is about (the title, the product, the producer); {@code titleName} the title's
 * name when that is not the title itself.
 */
public record Deadline(DeadlineKind kind, LocalDate dueDate, String registrationId, String ocopProductId,
		String authorisedUserId, String name, String titleName, String holderName, String province) {

	/**
	 * A stable identity for calendars: the same deadline keeps its UID from one feed to
	 * the next.
	 */
	public String uid() {
		String subject = this.ocopProductId != null ? "ocop-" + this.ocopProductId
				: this.authorisedUserId != null ? "user-" + this.authorisedUserId : "title-" + this.registrationId;
		return this.kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + subject + "-" + this.dueDate
				+ "@ip-registry";
	}

}

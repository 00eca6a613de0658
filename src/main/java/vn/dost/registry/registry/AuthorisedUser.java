package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * A producer allowed to use a title: a holder of the right to use a geographical
 * indication, a member using a collective mark, or a certified user of a certification
 * mark. Kept inside the title's document, so a change and its history entry are one
 * write. {@code statusSince} is the date of the last decision on the right (suspension,
 * reinstatement, revocation); absent while none was taken.
 */
public record AuthorisedUser(String id, String name, String address, String commune, String province, String code,
		String decisionNumber, LocalDate grantedOn, LocalDate validUntil, AuthorisedUserStatus status,
		String statusReason, LocalDate statusSince) {

	/**
	 * The status on the given day: an active right past its {@code validUntil} reads as
	 * expired.
	 */
	public AuthorisedUserStatus statusOn(LocalDate today) {
		if (this.status == AuthorisedUserStatus.ACTIVE && this.validUntil != null && this.validUntil.isBefore(today)) {
			return AuthorisedUserStatus.EXPIRED;
		}
		return this.status;
	}

	/**
	 * The day from which the status of the given day holds: an expired right from the day
	 * after {@code validUntil}, a decided one from its decision's date, any other from
	 * {@code grantedOn}.
	 */
	public LocalDate since(LocalDate today) {
		if (statusOn(today) == AuthorisedUserStatus.EXPIRED) {
			return this.validUntil.plusDays(1);
		}
		return this.statusSince != null ? this.statusSince : this.grantedOn;
	}

	/**
	 * Where the producer is, as the public may read it: commune and province, never the
	 * address.
	 */
	public String locality() {
		if (this.commune == null) {
			return this.province;
		}
		return this.province == null ? this.commune : this.commune + ", " + this.province;
	}

	/** Whether the text is this user's code, in any case. */
	public boolean hasCode(String text) {
		return this.code != null && this.code.equalsIgnoreCase(text);
	}

	/**
	 * The same user with only what the public may read about it: no address, decision
	 * number or reason.
	 */
	public AuthorisedUser publicPart() {
		return new AuthorisedUser(this.id, this.name, null, this.commune, this.province, this.code, null,
				this.grantedOn, this.validUntil, this.status, null, this.statusSince);
	}

	AuthorisedUser withFacts(AuthorisedUserDraft facts) {
		return new AuthorisedUser(this.id, facts.name(), facts.address(), facts.commune(), facts.province(),
				facts.code(), facts.decisionNumber(), facts.grantedOn(), facts.validUntil(), this.status,
				this.statusReason, this.statusSince);
	}

	AuthorisedUser withStatus(AuthorisedUserStatus next, String reason, LocalDate since) {
		return new AuthorisedUser(this.id, this.name, this.address, this.commune, this.province, this.code,
				this.decisionNumber, this.grantedOn, this.validUntil, next, reason, since);
	}

}

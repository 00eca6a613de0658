package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * A producer allowed to use a title: a holder of the right to use a geographical
 * indication, a member using a collective mark, or a certified user of a certification
 * mark. Kept inside the title's document, so a change and its history entry are one
 * write.
 */
public record AuthorisedUser(String id, String name, String address, String province, String code,
		String decisionNumber, LocalDate grantedOn, LocalDate validUntil, AuthorisedUserStatus status,
		String statusReason) {

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

	AuthorisedUser withFacts(AuthorisedUserDraft facts) {
		return new AuthorisedUser(this.id, facts.name(), facts.address(), facts.province(), facts.code(),
				facts.decisionNumber(), facts.grantedOn(), facts.validUntil(), this.status, this.statusReason);
	}

	AuthorisedUser withStatus(AuthorisedUserStatus next, String reason) {
		return new AuthorisedUser(this.id, this.name, this.address, this.province, this.code, this.decisionNumber,
				this.grantedOn, this.validUntil, next, reason);
	}

}

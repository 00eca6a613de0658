package vn.dost.registry.registry;

import java.time.LocalDate;

/** The filters and order of a listing of titles; every field may be null. */
public record RegistrationQuery(String q, RegistrationType type, RegistrationStatus status, String province,
		ProductGroup productGroup, String holderId, Boolean incomplete, LocalDate expiringBefore, String sort) {

	public RegistrationQuery withHolder(String holder) {
		return new RegistrationQuery(this.q, this.type, this.status, this.province, this.productGroup, holder,
				this.incomplete, this.expiringBefore, this.sort);
	}

}

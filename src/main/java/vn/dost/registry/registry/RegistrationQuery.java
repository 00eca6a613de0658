package vn.dost.registry.registry;

import java.time.LocalDate;

/** The filters and order of a listing of titles; every field may be null. */
public record RegistrationQuery(String q, RegistrationType type, RegistrationStatus status, String province,
		ProductGroup productGroup, String holderId, Boolean incomplete, LocalDate expiringBefore, String sort) {

	/** Every title found under the province (any name; null for all). */
	public static RegistrationQuery inProvince(String province) {
		return new RegistrationQuery(null, null, null, province, null, null, null, null, null);
	}

	public RegistrationQuery withType(RegistrationType only) {
		return new RegistrationQuery(this.q, only, this.status, this.province, this.productGroup, this.holderId,
				this.incomplete, this.expiringBefore, this.sort);
	}

	public RegistrationQuery withHolder(String holder) {
		return new RegistrationQuery(this.q, this.type, this.status, this.province, this.productGroup, holder,
				this.incomplete, this.expiringBefore, this.sort);
	}

}

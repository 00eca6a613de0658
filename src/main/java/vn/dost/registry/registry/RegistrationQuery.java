package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * The filters and order of a listing of titles; every field may be null. With
 * {@code publicOnly} the index itself keeps only what the public portal may show: titles
 * marked public in a status a granted title can have (granted, expired, terminated,
 * invalidated), so totals and facet counts are those of the public. {@code dataIssue} is
 * one of {@link DataIssues#KINDS}.
 */
public record RegistrationQuery(String q, RegistrationType type, RegistrationStatus status, String province,
		ProductGroup productGroup, String holderId, Boolean incomplete, String dataIssue, LocalDate expiringBefore,
		String sort, boolean publicOnly) {

	public RegistrationQuery(String q, RegistrationType type, RegistrationStatus status, String province,
			ProductGroup productGroup, String holderId, Boolean incomplete, LocalDate expiringBefore, String sort) {
		this(q, type, status, province, productGroup, holderId, incomplete, null, expiringBefore, sort, false);
	}

	/** Every title found under the province (any name; null for all). */
	public static RegistrationQuery inProvince(String province) {
		return new RegistrationQuery(null, null, null, province, null, null, null, null, null);
	}

	/**
	 * The public portal's listing: its own filters, restricted to what the public may
	 * see.
	 */
	public static RegistrationQuery forPublic(String q, RegistrationType type, RegistrationStatus status,
			String province, ProductGroup productGroup, String sort) {
		return new RegistrationQuery(q, type, status, province, productGroup, null, null, null, null, sort, true);
	}

	public RegistrationQuery withType(RegistrationType only) {
		return new RegistrationQuery(this.q, only, this.status, this.province, this.productGroup, this.holderId,
				this.incomplete, this.dataIssue, this.expiringBefore, this.sort, this.publicOnly);
	}

	public RegistrationQuery withHolder(String holder) {
		return new RegistrationQuery(this.q, this.type, this.status, this.province, this.productGroup, holder,
				this.incomplete, this.dataIssue, this.expiringBefore, this.sort, this.publicOnly);
	}

	/** The same listing, only titles with the given kind of data issue. */
	public RegistrationQuery withDataIssue(String kind) {
		return new RegistrationQuery(this.q, this.type, this.status, this.province, this.productGroup, this.holderId,
				this.incomplete, kind, this.expiringBefore, this.sort, this.publicOnly);
	}

}

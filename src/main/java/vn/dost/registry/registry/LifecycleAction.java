package vn.dost.registry.registry;

import java.util.List;

/** A decision or event that moves a title through its lifecycle. */
public enum LifecycleAction {

	/** The application is formally valid. */
	ACCEPT,
	/** Published in the Industrial Property Gazette. */
	PUBLISH,
	/** The title is granted: a certificate number and a grant date. */
	GRANT,
	/** The application is refused. */
	REFUSE,
	/** The applicant withdraws before grant. */
	WITHDRAW,
	/** A mark is renewed for another 10 years. */
	RENEW,
	/** The title stops having effect from the decision date (Art. 95). */
	TERMINATE,
	/** The title is void from the start (Art. 96). */
	INVALIDATE,
	/** The title is amended by a decision (sửa đổi văn bằng). */
	AMEND;

	/**
	 * What an amending decision may change: the content of the title, not its numbers,
	 * dates or status (fields named as in the API's registration).
	 */
	public static final List<String> AMENDABLE = List.of("name", "sign", "aliases", "product", "productGroup",
			"niceClasses", "province", "additionalProvinces", "area", "holderId", "description",
			"specificCharacteristics");

}

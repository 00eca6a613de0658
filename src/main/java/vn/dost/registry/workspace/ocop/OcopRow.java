package vn.dost.registry.workspace.ocop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.dost.registry.ocop.OcopProduct;

/**
 * One product as the listing and its page show it: with what is incomplete about it today
 * ({@code registeredMark.missing} for a 4★ or 5★ product without a granted title), and
 * whether its certificate has run out or runs out within 90 days.
 */
record OcopRow(OcopProduct product, List<String> issues, boolean expired, boolean expiringSoon) {

	/** How soon a certificate's end is flagged. */
	static final int SOON_DAYS = 90;

	static OcopRow of(OcopProduct product, Set<String> grantedTitles, LocalDate today) {
		LocalDate end = product.getValidUntil();
		return new OcopRow(product, product.dataIssues(grantedTitles), end.isBefore(today),
				!end.isBefore(today) && !end.isAfter(today.plusDays(SOON_DAYS)));
	}

}

package vn.dost.registry.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dost.registry.registry.ListingView;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.Renewal;

/**
 * A title as the public sees it: its facts, the holder by organisation name only, its
 * status and renewal for today. No holder id or contact data, no internal fields (data
 * issues, version, public flag).
 */
public record PublicRegistration(String id, RegistrationType type, String name, String sign, List<String> aliases,
		String product, ProductGroup productGroup, List<Integer> niceClasses, String province, String currentProvince,
		List<String> currentProvinces, String area, String applicationNumber, LocalDate filingDate,
		String registrationNumber, LocalDate grantDate, String grantDatePartial, String grantDecision,
		LocalDate expiryDate, RegistrationStatus status, String holderName, String description,
		String specificCharacteristics, Renewal renewal, Instant updatedAt) implements ListingView {
}

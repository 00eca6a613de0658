package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;

import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.RenewalState;

/**
 * One title in the listing's table: its name and goods, type, numbers, holder, province
 * (the 2025 one that covers it, else the one it names), status today, and for a mark its
 * expiry and where it stands against it.
 *
 * @param renewal null for a title with no renewal (a geographical indication, an
 * application, a mark without filing date)
 * @param issues how many kinds of data it lacks
 */
public record TitleRow(String id, String name, String product, RegistrationType type, String applicationNumber,
		String registrationNumber, String holderName, String province, RegistrationStatus status, LocalDate expiryDate,
		RenewalState renewal, int issues) {

	static TitleRow of(RegistrationListing title, LocalDate today) {
		RegistrationFacts f = title.facts();
		var renewal = title.renewalOn(today);
		String province = f.currentProvinces().isEmpty() ? f.province() : f.currentProvinces().get(0);
		return new TitleRow(title.id(), f.name(), f.product(), f.type(), f.applicationNumber(), f.registrationNumber(),
				f.holderName(), province == null ? f.country() : province, title.statusOn(today), title.expiryDate(),
				renewal == null ? null : renewal.state(), title.dataIssues().size());
	}

}

package vn.dost.registry.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.Records;
import vn.dost.registry.shared.VietnameseText;

/**
 * One row of {@code seed-data/registrations.csv}: a real title, or an application no
 * source shows granted yet ({@code status} FILED), from public sources, with empty
 * columns where no source confirmed the fact.
 */
record SeedRow(TableRow row) {

	/**
	 * A stable id, so that loading the same row twice finds the record it created the
	 * first time.
	 */
	String registrationId() {
		return StableIds.of("seed-registration:" + value("type") + ":" + VietnameseText.fold(value("name")) + ":"
				+ value("registrationNumber") + ":" + this.row.line());
	}

	RegistrationType type() {
		return RegistrationType.valueOf(value("type"));
	}

	String name() {
		return value("name");
	}

	String registrationNumber() {
		return value("registrationNumber");
	}

	/** GRANTED unless the row says otherwise (the first editions had no such column). */
	RegistrationStatus status() {
		String status = value("status");
		return status == null ? RegistrationStatus.GRANTED : RegistrationStatus.valueOf(status);
	}

	String source() {
		return value("source");
	}

	/**
	 * The holder's name folded, the key its seed holder is found by; null without one.
	 */
	String holderKey() {
		String holder = value("holderName");
		return holder == null ? null : VietnameseText.fold(holder);
	}

	HolderService.Draft holder() {
		String kind = value("holderKind");
		return new HolderService.Draft(value("holderName"), kind == null ? null : HolderKind.valueOf(kind), null, null,
				null, null, null, null);
	}

	/** The title as the row gives it, held by the given holder. */
	RegistrationDraft registration(String holderId) {
		String grant = value("grantDate");
		boolean fullDate = grant != null && grant.length() == 10;
		String group = value("productGroup");
		Map<String, Object> facts = new HashMap<>();
		facts.put("type", type());
		facts.put("name", name());
		facts.put("sign", value("sign"));
		facts.put("aliases", list("aliases"));
		facts.put("product", value("product"));
		facts.put("productGroup", group == null ? null : ProductGroup.valueOf(group));
		facts.put("province", value("province"));
		facts.put("additionalProvinces", list("additionalProvinces"));
		facts.put("country", value("country"));
		facts.put("applicationNumber", value("applicationNumber"));
		facts.put("registrationNumber", registrationNumber());
		facts.put("grantDate", fullDate ? LocalDate.parse(grant) : null);
		facts.put("grantDatePartial", fullDate ? null : grant);
		facts.put("grantDecision", value("grantDecision"));
		facts.put("status", status());
		facts.put("holderId", holderId);
		facts.put("publicListing", true);
		return Records.of(RegistrationDraft.class, facts);
	}

	private String value(String column) {
		return this.row.value(column);
	}

	private List<String> list(String column) {
		return this.row.list(column);
	}

}

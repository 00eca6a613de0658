package vn.dost.registry.exchange;

import java.time.LocalDate;

import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.RegistrationType;

/**
 * One row of {@code seed-data/decisions.csv}: a decision taken on a seed title after its
 * grant (today only amendments), whose changes the title's seed row already shows.
 */
record SeedDecision(RegistrationType type, String registrationNumber, LifecycleAction action, LocalDate date,
		String reference, String note, String source) {

	SeedDecision {
		if (action != LifecycleAction.AMEND) {
			throw new IllegalArgumentException("Seed decisions are amendments only, not " + action);
		}
	}

	static SeedDecision of(TableRow row) {
		return new SeedDecision(RegistrationType.valueOf(row.value("type")), row.value("registrationNumber"),
				LifecycleAction.valueOf(row.value("action")), LocalDate.parse(row.value("date")),
				row.value("reference"), row.value("note"), row.value("source"));
	}

	/** Whether this decision is about the title of the row. */
	boolean concerns(SeedRow row) {
		return row.type() == this.type && this.registrationNumber.equals(row.registrationNumber());
	}

}

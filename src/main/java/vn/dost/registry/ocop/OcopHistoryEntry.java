package vn.dost.registry.ocop;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change of an OCOP product, kept forever in the product's own document: when, who,
 * what kind of change, and each changed field as {@code [old, new]}.
 */
public record OcopHistoryEntry(Instant at, String actor, Action action, Map<String, List<Object>> changes) {

	public OcopHistoryEntry {
		changes = changes == null ? Map.of() : changes;
	}

	/** What kind of change an entry records. */
	public enum Action {

		/** The product was entered. */
		CREATED,
		/**
		 * Its descriptive fields were corrected (a star change by correction included).
		 */
		UPDATED,
		/** It was certified again: new stars, decision and date, hence a new validity. */
		RECERTIFIED

	}

}

package vn.dost.registry.portal;

import java.time.LocalDate;

/** A decision in a public title's history: what was decided, its number and its date. */
public record PublicDecision(String action, String reference, LocalDate date) {
}

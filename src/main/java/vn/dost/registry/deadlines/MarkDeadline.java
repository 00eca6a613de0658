package vn.dost.registry.deadlines;

import java.time.LocalDate;

import vn.dost.registry.registry.RegistrationListing;

/** A day by which something must be done about a mark's renewal, and what. */
public record MarkDeadline(RegistrationListing mark, DeadlineKind kind, LocalDate date) {
}

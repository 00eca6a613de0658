package vn.dost.registry.registry;

import java.time.LocalDate;

/**
 * A decision on a producer's right to use a title: what was decided, from which day, why,
 * and the number of the decision that did it.
 */
public record AuthorisedUserDecision(AuthorisedUserAction action, LocalDate date, String reason, String reference) {
}

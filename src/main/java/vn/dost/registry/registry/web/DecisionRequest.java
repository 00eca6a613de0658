package vn.dost.registry.registry.web;

import java.time.LocalDate;

/**
 * Why a right is suspended, reinstated or revoked, the decision that did it and its date
 * (today when not given).
 */
record DecisionRequest(String reason, String reference, LocalDate date) {
}

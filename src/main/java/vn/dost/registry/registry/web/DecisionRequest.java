package vn.dost.registry.registry.web;

/** Why a right is suspended, reinstated or revoked, and the decision that did it. */
record DecisionRequest(String reason, String reference) {
}

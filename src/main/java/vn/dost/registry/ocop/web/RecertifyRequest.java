package vn.dost.registry.ocop.web;

import java.time.LocalDate;

/** {@code POST /api/v1/ocop-products/{id}/recertify}: the new certification. */
record RecertifyRequest(Integer stars, String decisionNumber, LocalDate certifiedOn) {
}

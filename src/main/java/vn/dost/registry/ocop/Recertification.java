package vn.dost.registry.ocop;

import java.time.LocalDate;

/**
 * A new certification of a product: its stars, the decision and the day it was issued.
 */
public record Recertification(Integer stars, String decisionNumber, LocalDate certifiedOn) {
}

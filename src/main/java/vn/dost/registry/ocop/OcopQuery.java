package vn.dost.registry.ocop;

import java.time.LocalDate;

/** The filters of a listing of OCOP products; every field may be null. */
public record OcopQuery(String q, Integer stars, String province, LocalDate expiringBefore, String holderId) {
}

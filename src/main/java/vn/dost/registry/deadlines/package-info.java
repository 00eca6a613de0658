/**
 * The deadline desk: renewal windows, grace periods, lapsed marks, OCOP certificates and
 * rights to use that run out, as a list, a calendar feed and a daily digest.
 */
package vn.dost.registry.deadlines;

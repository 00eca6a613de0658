/**
 * The 63 former and 34 current (2025) provinces of Vietnam and which current province
 * covers each former one.
 */
package vn.dost.registry.provinces;

/**
 * OCOP products ("One Commune One Product"): their star ratings, certificates and the
 * titles protecting them.
 */
package vn.dost.registry.ocop;

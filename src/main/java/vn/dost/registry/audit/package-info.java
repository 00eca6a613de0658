/**
 * The audit trail: sign-ins, user and role changes, imports, backups, restores and
 * re-indexing, written once and never changed.
 */
package vn.dost.registry.audit;

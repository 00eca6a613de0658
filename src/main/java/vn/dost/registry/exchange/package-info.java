/**
 * Data moving in and out of the registry: the seed data loaded on first start, titles
 * imported from CSV and XLSX files, and the full backup and its restore.
 */
package vn.dost.registry.exchange;

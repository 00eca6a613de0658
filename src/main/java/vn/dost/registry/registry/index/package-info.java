/**
 * The in-process Lucene index of titles that answers every list, search, facet and count
 * query; the database stays the system of record.
 */
package vn.dost.registry.registry.index;

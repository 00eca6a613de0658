/** Data moving in and out of the registry: the seed data loaded on first start (imports and exports later). */
package vn.dost.registry.exchange;

/**
 * Organisations that own a mark or manage a geographical indication: associations,
 * cooperatives, state bodies.
 */
package vn.dost.registry.holders;

/**
 * Geographical indications, certification and collective marks: their facts, lifecycle
 * and history.
 */
package vn.dost.registry.registry;

/**
 * Where records are kept: the embedded, file-backed MongoDB-compatible server by default,
 * or a real MongoDB.
 */
package vn.dost.registry.storage;

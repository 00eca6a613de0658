/**
 * The public portal: pages, JSON twins, open-data exports and the changes feed anyone may
 * read without signing in.
 */
package vn.dost.registry.portal;

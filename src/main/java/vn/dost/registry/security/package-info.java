/**
 * Who may do what: users with BCrypt passwords, the roles ADMIN, OFFICER and HOLDER, and
 * province scoping.
 */
package vn.dost.registry.security;

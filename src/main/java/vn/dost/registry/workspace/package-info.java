/**
 * The officers' workspace: server-rendered pages under {@code /app} with form login and a
 * session, calling the features' public services as the signed-in user.
 */
package vn.dost.registry.workspace;

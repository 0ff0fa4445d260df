/**
 * How people and programs sign in: one Jakarta Security authentication mechanism that handles the
 * portal's sign-in form and session, and HTTP Basic or bearer API tokens for {@code /api}, all checked
 * by one identity store backed by the identity module.
 */
package selfserve.portal.security;

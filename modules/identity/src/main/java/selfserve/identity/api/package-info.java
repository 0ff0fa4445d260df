/**
 * What the portal and other modules may use of identity: signing in, API tokens, the caller's profile,
 * role names for {@code @RolesAllowed}, and the exception type that carries a stable error code.
 */
package selfserve.identity.api;

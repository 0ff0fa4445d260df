/**
 * Tenants, users, partner delegations and API tokens as stored, and the rules of signing in that need
 * no container: password hashing and the throttle on repeated failures.
 */
package selfserve.identity.domain;

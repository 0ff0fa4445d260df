/**
 * Identity's EJBs (transaction and security boundary), its repository, and the start-up work that
 * seeds demo data or creates the first Global admin.
 */
package selfserve.identity.internal;

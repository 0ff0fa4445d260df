/**
 * The audit trail's EJBs: the transaction boundary that stores entries, the reader of the audit log and the
 * events feed, and the schema migration of every module.
 */
package selfserve.audit.internal;

/** The audit trail's EJB: the transaction boundary that stores entries. */
package selfserve.audit.internal;

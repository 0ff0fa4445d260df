/**
 * What other modules and the portal may use of the audit trail: the {@link selfserve.audit.api.AuditTrail}
 * service that writes entries, the record it takes and the request's correlation id; the
 * {@link selfserve.audit.api.AuditLog} that reads them (the admins' audit log and the events feed) with its
 * query and cursor records, the catalogue of action codes, and the access check identity provides.
 */
package selfserve.audit.api;

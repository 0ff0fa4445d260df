/**
 * What other modules and the portal may use of the audit trail: the {@link selfserve.audit.api.AuditTrail}
 * service, the record it takes, and the request's correlation id.
 */
package selfserve.audit.api;

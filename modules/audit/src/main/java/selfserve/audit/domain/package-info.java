/** The audit entry as stored (append-only, no setters) and the rule of how far the events feed may read. */
package selfserve.audit.domain;

/** The audit entry as stored: append-only, no setters. */
package selfserve.audit.domain;

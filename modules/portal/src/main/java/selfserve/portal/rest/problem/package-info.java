/**
 * RFC 9457 problem details: every refusal and error of the REST API, with a stable {@code code} and a
 * {@code title} in the caller's language; never a stack trace.
 */
package selfserve.portal.rest.problem;

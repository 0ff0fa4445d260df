/** The REST API under {@code /api/v1}: resources, their request and response shapes, the OpenAPI description. */
package selfserve.portal.rest;

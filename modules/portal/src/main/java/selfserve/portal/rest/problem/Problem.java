package selfserve.portal.rest.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail.
 *
 * @param code          the stable, language-independent code a program should test
 * @param correlationId the id to quote when asking for help; it is also in the audit log
 */
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable code")
public record Problem(String type, String title, int status, String detail, String code, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

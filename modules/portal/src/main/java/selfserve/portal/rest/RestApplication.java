package selfserve.portal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The REST API. Every call authenticates with HTTP Basic or, better for scripts, a bearer API token. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "SelfServe API", version = "1",
                description = "Self-service purchases and license governance. Errors are RFC 9457 problem details "
                        + "with a stable code; send X-Correlation-Id to follow a call into the audit log."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "An API token from POST /api/v1/tokens"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "Email and password; slow by design, use it to obtain a token")})
public class RestApplication extends Application {
}

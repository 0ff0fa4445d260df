package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.RequestFlowSettings;
import selfserve.portal.rest.problem.Problem;

/** whether the organization's members use SelfServe's request form or see the organization's own message and link. */
@Path("/v1/tenant/license-request-flow")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class TenantLicenseRequestFlowResource {

    @Inject
    private LicenseRequests requests;

    @GET
    @Operation(summary = "The organization's license request flow", description = "Admins who handle or read requests.")
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestFlowSettings flow(@Parameter(description = "The customer tenant a partner acts for")
                                    @QueryParam("tenantId") UUID tenantId) {
        return requests.flow(tenantId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the organization's license request flow", description = "ownFlow true: members see the "
            + "message (plain text, at most 500 characters) and the https link instead of the request form, and requests "
            + "are refused with OWN_REQUEST_FLOW. ownFlow false: the request form again. Global admins and delegated "
            + "partners.")
    @APIResponse(responseCode = "400", description = "FLOW_MESSAGE_REQUIRED, FLOW_MESSAGE_TOO_LONG, FLOW_LINK_INVALID "
            + "(only an absolute https address)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not a Global admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestFlowSettings change(@QueryParam("tenantId") UUID tenantId, @NotNull RequestFlowSettings body) {
        return requests.changeFlow(tenantId, body);
    }
}

package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import selfserve.identity.api.Directory;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.rest.problem.Problem;

/** The one change of a person admins make over REST so far: disable (a person who left) or enable again. */
@Path("/v1/tenant/users")
@Tag(name = "Admin", description = "A tenant's purchases, for its admins and delegated partners")
@Produces(MediaType.APPLICATION_JSON)
public class TenantUsersResource {

    @Inject
    private Directory directory;

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or enable a person", description = "Global admins, User admins and delegated partners. "
            + "A disabled person cannot sign in and their API tokens stop working; what they bought stays active for its "
            + "users until it is canceled (R-26).")
    @APIResponse(responseCode = "200", description = "The status now",
            content = @Content(schema = @Schema(implementation = UserStatusBody.class)))
    @APIResponse(responseCode = "400", description = "INVALID_INPUT: no status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "USER_NOT_FOUND, TENANT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CANNOT_DISABLE_SELF", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public UserStatusBody changeStatus(@PathParam("id") UUID id,
                                       @Parameter(description = "The customer tenant a partner acts for")
                                       @QueryParam("tenantId") UUID tenantId,
                                       @NotNull UserStatusBody body) {
        if (body.status() == null) {
            throw SelfServeException.invalid("INVALID_INPUT", "status");
        }
        return new UserStatusBody(directory.changeStatus(tenantId, id, body.status()));
    }
}

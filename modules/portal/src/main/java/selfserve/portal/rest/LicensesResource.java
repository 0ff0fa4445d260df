package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.identity.api.Colleagues.Colleague;
import selfserve.licensing.api.Assignments;
import selfserve.portal.rest.problem.Problem;

/** Who holds a subscription's licenses, and assigning or unassigning them. */
@Path("/v1/subscriptions/{id}/licenses")
@Tag(name = "Licensing", description = "Seats and assignments")
@Produces(MediaType.APPLICATION_JSON)
public class LicensesResource {

    @Inject
    private Assignments assignments;

    @GET
    @Operation(summary = "A subscription's seats and holders", description = "For its purchaser and the tenant's admins "
            + "and Global readers; anyone else gets 404.")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicensesResponse licenses(@PathParam("id") UUID id) {
        return LicensesResponse.of(assignments.of(id));
    }

    @POST
    @Path("/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign licenses", description = "To 1 to 20 active members of the subscription's tenant, all or "
            + "none. The purchaser assigns a self-service subscription's licenses, admins a central one's. Users who "
            + "already hold one of this subscription's licenses are left as they are.")
    @APIResponse(responseCode = "400", description = "NO_USERS_CHOSEN, TOO_MANY_USERS_AT_ONCE, USER_NOT_ASSIGNABLE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "PURCHASED_BY_USER: an admin must take the subscription over "
            + "first (R-29); FORBIDDEN: a Global reader or Billing admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOT_ENOUGH_SEATS (with the number free), ALREADY_LICENSED, "
            + "SUBSCRIPTION_NOT_RUNNING, CONCURRENT_CHANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicensesResponse assign(@PathParam("id") UUID id, @NotNull UserIdsBody body) {
        return LicensesResponse.of(assignments.assign(id, body.userIds()));
    }

    @POST
    @Path("/unassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unassign licenses", description = "Takes the licenses back from 1 to 20 users; users who hold "
            + "none of this subscription's licenses are ignored.")
    @APIResponse(responseCode = "400", description = "NO_USERS_CHOSEN, TOO_MANY_USERS_AT_ONCE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "PURCHASED_BY_USER, FORBIDDEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicensesResponse unassign(@PathParam("id") UUID id, @NotNull UserIdsBody body) {
        return LicensesResponse.of(assignments.unassign(id, body.userIds()));
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "People who may get a license", description = "Active members of the subscription's tenant whose "
            + "name or email contains the search text, by name (at most 50).")
    public List<Colleague> candidates(@PathParam("id") UUID id, @QueryParam("search") String search) {
        return assignments.candidates(id, search);
    }
}

package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.licensing.api.TakeOvers;
import selfserve.portal.rest.problem.Problem;

/** Admins taking a self-service subscription over: move its users, or cancel it. */
@Path("/v1/tenant/subscriptions/{id}/take-over")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TakeOverResource {

    @Inject
    private TakeOvers takeOvers;

    @POST
    @Path("/move")
    @Operation(summary = "Take over: move the users", description = "Moves every user to a running subscription of the "
            + "same product with a free license for each, then cancels this one (it shows as DELETED; its purchaser is "
            + "told). All or nothing. Answers the target's licenses. Global, Billing and License admins, and delegated "
            + "partners.")
    @APIResponse(responseCode = "400", description = "MOVE_TARGET_INVALID, NOT_SELF_SERVICE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: a Global reader or User admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOT_ENOUGH_SEATS_TO_MOVE (with the number missing), "
            + "SUBSCRIPTION_NOT_RUNNING (already taken over), CONCURRENT_CHANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicensesResponse move(@PathParam("id") UUID id, @NotNull MoveBody body) {
        return LicensesResponse.of(takeOvers.moveUsers(id, body.targetSubscriptionId()));
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Take over: cancel", description = "Cancels the subscription for a reason: its users lose their "
            + "licenses, it shows as DELETED and its purchaser is told.")
    @APIResponse(responseCode = "400", description = "CANCEL_REASON_REQUIRED, NOT_SELF_SERVICE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SUBSCRIPTION_NOT_RUNNING",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicensesResponse cancel(@PathParam("id") UUID id, @NotNull AdminCancelBody body) {
        return LicensesResponse.of(takeOvers.cancel(id, body.reason()));
    }
}

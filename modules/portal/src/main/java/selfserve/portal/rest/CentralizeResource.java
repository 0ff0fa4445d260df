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

/** Centralize: a self-service subscription's users get central licenses; its purchaser is asked to cancel. */
@Path("/v1/tenant/subscriptions/{id}/centralize")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentralizeResource {

    @Inject
    private TakeOvers takeOvers;

    @POST
    @Operation(summary = "Centralize a self-service subscription", description = "Gives every user of this self-service "
            + "subscription a license of the central subscription named in the body (one free license for each, or nothing "
            + "happens), then emails the purchaser a request to cancel it. This subscription keeps running until then. "
            + "Answers the central subscription's licenses. Global, Billing and License admins, and delegated partners.")
    @APIResponse(responseCode = "400", description = "MOVE_TARGET_INVALID (not a running central subscription of the same "
            + "product), NOT_SELF_SERVICE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOT_ENOUGH_SEATS_TO_MOVE, SUBSCRIPTION_NOT_RUNNING, CONCURRENT_CHANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicensesResponse centralize(@PathParam("id") UUID id, @NotNull MoveBody body) {
        return LicensesResponse.of(takeOvers.centralize(id, body.targetSubscriptionId()));
    }
}

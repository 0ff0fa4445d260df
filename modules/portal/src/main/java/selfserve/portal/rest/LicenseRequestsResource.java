package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.licensing.api.LicenseRequestView;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.RequestFlowSettings;
import selfserve.portal.rest.problem.Problem;

/** A member's own license requests: asking for a product they may not buy, and what came of it. */
@Path("/v1/license-requests")
@Tag(name = "Licensing", description = "Seats and assignments")
@Produces(MediaType.APPLICATION_JSON)
public class LicenseRequestsResource {

    @Inject
    private LicenseRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request licenses", description = "For a product the organization's self-service policy does not "
            + "let the caller buy: for up to 20 active members of their organization (the caller among them or not), "
            + "with an optional note. The organization's License, User and Global admins are told. While the caller "
            + "has a pending request for the product, the people are added to it (a new note replaces the old one), "
            + "and that request is answered.")
    @APIResponse(responseCode = "200", description = "The request, pending")
    @APIResponse(responseCode = "400", description = "NO_PEOPLE_IN_REQUEST, TOO_MANY_PEOPLE_IN_REQUEST, "
            + "REQUEST_NOTE_TOO_LONG, USER_NOT_ASSIGNABLE (a guest, a disabled user, or nobody of the organization)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "REQUEST_NOT_ALLOWED: something else than the policy stops the "
            + "caller (a guest, a government or education tenant...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "REQUEST_NOT_NEEDED: the caller may buy the product; "
            + "OWN_REQUEST_FLOW: the organization handles requests its own way (see GET /flow); CONCURRENT_CHANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicenseRequestView request(@NotNull LicenseRequestBody body) {
        return requests.request(body.productId(), body.userIds(), body.note());
    }

    @GET
    @Operation(summary = "My license requests", description = "Newest first, each with its status, every person's outcome "
            + "and the admin's message. Kept for 12 months.")
    public List<LicenseRequestView> mine() {
        return requests.mine();
    }

    @GET
    @Path("/flow")
    @Operation(summary = "How my organization wants license requests", description = "ownFlow false: with POST "
            + "/api/v1/license-requests. ownFlow true: follow the organization's message and link instead.")
    public RequestFlowSettings flow() {
        return requests.myFlow();
    }
}

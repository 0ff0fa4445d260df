package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.identity.api.SelfServeException;
import selfserve.notifications.api.DeliveryState;
import selfserve.notifications.api.NoticeDeliveries;
import selfserve.portal.rest.problem.Problem;

/** The delivery of a tenant's notices, for its Global admins and readers and delegated partners. */
@Path("/v1/tenant/notices")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class TenantNoticesResource {

    @Inject
    private NoticeDeliveries deliveries;

    @GET
    @Operation(summary = "The tenant's notices and their mail delivery", description = "Newest first; Global admins, "
            + "Global readers and delegated partners.")
    @APIResponse(responseCode = "400", description = "PAGE_INVALID or DELIVERY_STATE_INVALID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is no Global admin or reader of their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND: not the caller's tenant, and not delegated to them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeliveryResponse> deliveries(
            @Parameter(description = "The customer tenant a partner acts for; the caller's own tenant when left out")
            @QueryParam("tenantId") UUID tenantId,
            @Parameter(description = "PENDING, SENT, KEPT or FAILED; every state when left out") @QueryParam("state")
            String state,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
        return deliveries.deliveries(tenantId, state(state), offset, limit).stream().map(DeliveryResponse::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a failed mail again", description = "Global admins (and partners delegated as one); audited.")
    @APIResponse(responseCode = "200", description = "The mail, pending again")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: a Global reader only reads",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOTICE_NOT_FOUND or TENANT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOTICE_NOT_FAILED: only a failed mail is sent again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryResponse retry(@QueryParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return DeliveryResponse.of(deliveries.retry(tenantId, id));
    }

    private static DeliveryState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DeliveryState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw SelfServeException.invalid("DELIVERY_STATE_INVALID", state);
        }
    }
}

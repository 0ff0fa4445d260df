package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.commerce.api.TenantPurchases;
import selfserve.portal.rest.problem.Problem;

/** A tenant's purchases for its admins: what a script needs to find self-service purchases. */
@Path("/v1/tenant/subscriptions")
@Tag(name = "Admin", description = "A tenant's purchases, for its admins and delegated partners")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPurchasesResource {

    @Inject
    private TenantPurchases purchases;

    @GET
    @Operation(summary = "Every subscription of the tenant", description = "Central and self-service ones, by product; "
            + "Global admins, Billing admins, Global readers and delegated partners.")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is no admin of their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND: not the caller's tenant, and not delegated to them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TenantSubscriptionResponse> subscriptions(
            @Parameter(description = "The customer tenant a partner acts for; the caller's own tenant when left out")
            @QueryParam("tenantId") UUID tenantId,
            @Parameter(description = "false: central purchases only") @QueryParam("includeSelfService")
            @DefaultValue("true") boolean includeSelfService) {
        return purchases.subscriptions(tenantId, includeSelfService).stream().map(TenantSubscriptionResponse::of).toList();
    }
}

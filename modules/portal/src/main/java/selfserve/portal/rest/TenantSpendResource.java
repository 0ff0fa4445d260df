package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import selfserve.portal.insight.SpendDashboard;
import selfserve.portal.rest.problem.Problem;

/** The figures behind the admins' "Spend and utilization" dashboard, for their own tools. */
@Path("/v1/tenant/spend")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class TenantSpendResource {

    @Inject
    private SpendDashboard dashboard;

    @GET
    @Operation(summary = "Spend and utilization", description = "What the tenant was invoiced over the last 12 calendar "
            + "months in UTC (the current one so far), in its currency: self-service against central per month, per "
            + "product, and the top 10 self-service purchasers; an invoice counts in the month it was issued in. With "
            + "the seats bought (running subscriptions) and assigned per product. Global admins, Billing admins, "
            + "Global readers and delegated partners.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = SpendResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is none of those in their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND: not the caller's tenant, and not delegated to them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpendResponse spend(
            @Parameter(description = "The customer tenant a partner acts for; the caller's own tenant when left out")
            @QueryParam("tenantId") UUID tenantId) {
        return SpendResponse.of(dashboard.figures(tenantId));
    }
}

package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.licensing.api.Licenses;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.portal.export.LicenseHoldersCsv;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.i18n.Translations;
import selfserve.portal.rest.problem.Problem;

/** The admins' licenses view: seats per product, the subscriptions behind them, and the holders as CSV. */
@Path("/v1/tenant/licenses")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class TenantLicensesResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    private Licenses licenses;

    @Inject
    private Translations translations;

    @Inject
    private RequestLanguage language;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Licenses per product", description = "Each product with running subscriptions once: their "
            + "seats together (available), assigned and free. Every admin role and delegated partners.")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is no admin of their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ProductLicensesResponse> products(@Parameter(description = "The customer tenant a partner acts for")
                                                  @QueryParam("tenantId") UUID tenantId) {
        return licenses.products(tenantId).stream().map(ProductLicensesResponse::of).toList();
    }

    @GET
    @Path("/{productId}/subscriptions")
    @Operation(summary = "The running subscriptions of a product", description = "Central ones first, then by purchaser.")
    @APIResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND: no product has this id or older alias id; "
            + "TENANT_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SubscriptionSeats> subscriptions(@PathParam("productId") String productId,
                                                 @QueryParam("tenantId") UUID tenantId) {
        return licenses.subscriptions(tenantId, productId);
    }

    @GET
    @Path("/export")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export license holders as CSV", description = "UTF-8, one row per current holder of the chosen "
            + "subscriptions (every subscription of the tenant when none is named): user, email, product, subscription, "
            + "purchaser, assigned since. Streamed, so any size downloads in constant server memory; the header "
            + "X-Total-Rows says how many rows follow.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND: a named subscription is not the tenant's; "
            + "TENANT_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@QueryParam("tenantId") UUID tenantId,
                           @Parameter(description = "Repeat for several subscriptions")
                           @QueryParam("subscriptionId") List<UUID> subscriptionIds) {
        long rows = licenses.exportSize(tenantId, subscriptionIds); // refuses before a byte is sent
        LicenseHoldersCsv csv = new LicenseHoldersCsv(translations, language.of(request).locale());
        StreamingOutput body = out -> csv.write(licenses, tenantId, subscriptionIds, out, written -> { });
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"licenses.csv\"; filename*=UTF-8''"
                        + URLEncoder.encode(csv.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Total-Rows", rows)
                .build();
    }
}

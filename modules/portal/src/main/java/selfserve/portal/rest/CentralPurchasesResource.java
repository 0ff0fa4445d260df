package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.commerce.api.CentralPurchases;
import selfserve.portal.rest.problem.Problem;

/** "Purchase services" over REST: central prices, and central purchases billed to the organization by invoice. */
@Path("/v1/tenant")
@Tag(name = "Admin", description = "A tenant's purchases, for its admins and delegated partners")
@Produces(MediaType.APPLICATION_JSON)
public class CentralPurchasesResource {

    @Inject
    private CentralPurchases central;

    @GET
    @Path("/prices")
    @Operation(summary = "Central prices of every product", description = "Per term, in the tenant's currency. Every "
            + "product of the catalog can be bought centrally; the self-service policy does not apply. Global admins, "
            + "Billing admins, Global readers and delegated partners.")
    @APIResponse(responseCode = "403", description = "FORBIDDEN", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public List<CentralPriceResponse> prices(@Parameter(description = "The customer tenant a partner acts for")
                                             @QueryParam("tenantId") UUID tenantId) {
        return central.prices(tenantId).stream().map(CentralPriceResponse::of).toList();
    }

    @POST
    @Path("/purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Buy a central subscription for the organization", description = "Global admins, Billing admins "
            + "and delegated partners. Billed to the organization: the first term is invoiced at once at the central "
            + "price; no card. Repeat a request with the same Idempotency-Key to get the same receipt without buying twice.")
    @APIResponse(responseCode = "201", description = "Bought",
            content = @Content(schema = @Schema(implementation = CentralReceiptResponse.class)))
    @APIResponse(responseCode = "400", description = "IDEMPOTENCY_KEY_REQUIRED, QUANTITY_OUT_OF_RANGE, PRICE_NOT_AVAILABLE, "
            + "INVALID_INPUT", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: Global readers, License admins and members do not buy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND, TENANT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CONCURRENT_CHANGE: the same key is in use by a request not finished yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response purchase(
            @Parameter(description = "The customer tenant a partner buys for; the caller's own tenant when left out")
            @QueryParam("tenantId") UUID tenantId,
            @Parameter(description = "1 to 64 letters, digits, dots, dashes or underscores, new for every purchase",
                    required = true) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid CentralPurchaseBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(CentralReceiptResponse.of(central.purchase(tenantId, body.toRequest(), idempotencyKey))).build();
    }
}

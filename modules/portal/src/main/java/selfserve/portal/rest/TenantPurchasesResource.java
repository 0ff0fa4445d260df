package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.commerce.api.CentralPurchases;
import selfserve.commerce.api.TenantPurchases;
import selfserve.commerce.api.TenantSubscriptionPage;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.rest.problem.Problem;

/**
 * A tenant's purchases for its admins: what a script needs to find self-service purchases, page
 * through them, open one with its order history, and change or cancel a central one.
 */
@Path("/v1/tenant/subscriptions")
@Tag(name = "Admin", description = "A tenant's purchases, for its admins and delegated partners")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPurchasesResource {

    static final String TOTAL_COUNT = "X-Total-Count";

    @Inject
    private TenantPurchases purchases;

    @Inject
    private CentralPurchases central;

    @GET
    @Operation(summary = "Every subscription of the tenant, a page at a time", description = "Central and self-service "
            + "ones, by product, newest first within a product (then by id, so pages never overlap); Global admins, "
            + "Billing admins, Global readers and delegated partners. Without offset and limit: the first 100. The "
            + "X-Total-Count header tells how many there are under the same filter.")
    @APIResponse(responseCode = "200", description = "The page",
            headers = @Header(name = TOTAL_COUNT, description = "How many subscriptions match, over all pages",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = TenantSubscriptionResponse[].class)))
    @APIResponse(responseCode = "400", description = "PAGE_OFFSET_INVALID, PAGE_LIMIT_INVALID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is no admin of their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND: not the caller's tenant, and not delegated to them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscriptions(
            @Parameter(description = "The customer tenant a partner acts for; the caller's own tenant when left out")
            @QueryParam("tenantId") UUID tenantId,
            @Parameter(description = "false: central purchases only",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("includeSelfService")
            String includeSelfService,
            @Parameter(description = "How many to skip: 0 or more", schema = @Schema(defaultValue = "0", minimum = "0"))
            @QueryParam("offset") String offset,
            @Parameter(description = "How many at most: 1 to 500",
                    schema = @Schema(defaultValue = "100", minimum = "1", maximum = "500"))
            @QueryParam("limit") String limit) {
        TenantSubscriptionPage page = purchases.page(tenantId, QueryFlag.parse(includeSelfService, true, "includeSelfService"),
                number(offset, 0, "PAGE_OFFSET_INVALID"), number(limit, TenantSubscriptionPage.DEFAULT_LIMIT, "PAGE_LIMIT_INVALID"));
        return Response.ok(page.items().stream().map(TenantSubscriptionResponse::of).toList())
                .header(TOTAL_COUNT, page.total()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription of the tenant", description = "Purchaser (also when disabled), how it is paid, "
            + "the licenses in use and its order history, oldest first. Same access as the list.")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND (none of this tenant has this id), "
            + "TENANT_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is no admin of their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TenantSubscriptionDetailsResponse subscription(@PathParam("id") UUID id,
                                                          @Parameter(description = "The customer tenant a partner acts for")
                                                          @QueryParam("tenantId") UUID tenantId) {
        return TenantSubscriptionDetailsResponse.of(purchases.subscription(tenantId, id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The order history of one subscription of the tenant", description = "Purchase or trial start, "
            + "changes of the licenses (before and after), renewals and trial conversion with their amount, declined "
            + "payments, expiry, cancellation with its reason; oldest first. No actor: SelfServe acted.")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND, TENANT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<OrderHistoryEntryResponse> history(@PathParam("id") UUID id,
                                                   @Parameter(description = "The customer tenant a partner acts for")
                                                   @QueryParam("tenantId") UUID tenantId) {
        return purchases.history(tenantId, id).stream().map(OrderHistoryEntryResponse::of).toList();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the licenses of a central subscription", description = "Global admins, Billing admins and "
            + "delegated partners. Send the new total. More licenses are invoiced to the organization at once, pro rata for "
            + "the rest of the term; fewer take effect at once without a credit, and the next renewal invoices the new "
            + "total. Repeat with the same Idempotency-Key to get the same answer.")
    @APIResponse(responseCode = "400", description = "QUANTITY_OUT_OF_RANGE, QUANTITY_BELOW_ASSIGNED, IDEMPOTENCY_KEY_REQUIRED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: only Global and Billing admins buy for the organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SUBSCRIPTION_NOT_CENTRAL (a self-service one is its purchaser's), "
            + "SUBSCRIPTION_NOT_RUNNING", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TenantSubscriptionDetailsResponse changeQuantity(@PathParam("id") UUID id,
                                                            @QueryParam("tenantId") UUID tenantId,
                                                            @HeaderParam("Idempotency-Key") String idempotencyKey,
                                                            @NotNull QuantityBody body) {
        return TenantSubscriptionDetailsResponse.of(central.changeQuantity(tenantId, id, body.quantity(), idempotencyKey));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a central subscription", description = "At once, with a reason: its licenses stop working "
            + "and it does not renew. Global admins, Billing admins and delegated partners.")
    @APIResponse(responseCode = "400", description = "CANCEL_REASON_REQUIRED, FEEDBACK_TOO_LONG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SUBSCRIPTION_NOT_CENTRAL, SUBSCRIPTION_NOT_RUNNING",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TenantSubscriptionDetailsResponse cancel(@PathParam("id") UUID id, @QueryParam("tenantId") UUID tenantId,
                                                    @NotNull CancelBody body) {
        return TenantSubscriptionDetailsResponse.of(central.cancel(tenantId, id, body.reason(), body.feedback()));
    }

    /** A whole number from the query, or the default when it is left out; anything else is refused with the code. */
    private static int number(String text, int absent, String code) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw SelfServeException.invalid(code, TenantSubscriptionPage.MOST_LIMIT);
        }
    }
}

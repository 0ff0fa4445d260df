package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import selfserve.commerce.api.Offers;
import selfserve.commerce.api.Purchases;
import selfserve.commerce.api.Receipt;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Subscriptions;
import selfserve.commerce.api.Trials;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.SupportedLocale;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.i18n.Translations;
import selfserve.portal.rest.problem.Problem;

/** Buying by self-service: what the caller may buy at which price, the purchase itself, and what they own. */
@Path("/v1")
@Tag(name = "Commerce", description = "Products, self-service purchases, subscriptions and cards")
@Produces(MediaType.APPLICATION_JSON)
public class CommerceResource {

    @Inject
    private Offers offers;

    @Inject
    private Purchases purchases;

    @Inject
    private Subscriptions subscriptions;

    @Inject
    private Trials trials;

    @Inject
    private Translations translations;

    @Inject
    private RequestLanguage language;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/products")
    @Operation(summary = "The products the caller may buy", description = "Self-service prices in the tenant's currency, "
            + "and for each product whether the caller may buy it or start a trial without payment method, and if not why.")
    public List<OfferResponse> products() {
        SupportedLocale caller = language.of(request);
        return offers.mine().stream().map(offer -> OfferResponse.of(offer, decision -> describe(decision, caller))).toList();
    }

    @POST
    @Path("/purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Buy by self-service", description = "Charges the card and creates the subscription and its "
            + "invoice. Repeat a request with the same Idempotency-Key to get the same receipt without buying twice.")
    @APIResponse(responseCode = "201", description = "Bought",
            content = @Content(schema = @Schema(implementation = ReceiptResponse.class)))
    @APIResponse(responseCode = "400", description = "IDEMPOTENCY_KEY_REQUIRED, QUANTITY_OUT_OF_RANGE, CARD_NUMBER_INVALID, "
            + "CARD_EXPIRED, CARD_EXPIRY_TOO_FAR, CARD_SECURITY_CODE_MISSING, CARD_NAME_MISSING, PRICE_NOT_AVAILABLE, INVALID_INPUT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "NOT_ELIGIBLE, with the reason in the caller's language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND, PAYMENT_METHOD_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CONCURRENT_CHANGE: the same key was held by a request that did not "
            + "finish within several seconds; retry with the same key. Requests with the same key that arrive together get the "
            + "same answer.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "PAYMENT_DECLINED (nothing was bought), IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response purchase(
            @Parameter(description = "1 to 64 letters, digits, dots, dashes or underscores, new for every purchase",
                    required = true) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid PurchaseBody body) {
        Receipt receipt = purchases.purchase(body.toRequest(), idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(ReceiptResponse.of(receipt)).build();
    }

    @POST
    @Path("/trials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a trial", description = "Without card and paymentMethodId: a trial without payment "
            + "method (25 licenses, 30 days), for a product that offers one; it ends for good. With a card: a trial of "
            + "quantity licenses that becomes a paid subscription after 30 days unless canceled. One trial per person and "
            + "product; under trials-only policy only trials without payment method.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "TRIAL_NOT_OFFERED, card and quantity codes as for purchases",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "NOT_ELIGIBLE, with the reason in the caller's language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "TRIAL_ALREADY_USED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startTrial(@HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull @Valid PurchaseBody body) {
        SubscriptionView trial = trials.start(body.toTrialRequest(), idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(SubscriptionResponse.of(trial)).build();
    }

    @GET
    @Path("/subscriptions")
    @Operation(summary = "The caller's subscriptions", description = "Only their own, newest first.")
    public List<SubscriptionResponse> mySubscriptions() {
        return subscriptions.mine().stream().map(SubscriptionResponse::of).toList();
    }

    @GET
    @Path("/subscriptions/{id}")
    @Operation(summary = "One of the caller's subscriptions")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND: no subscription of the caller has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionResponse mySubscription(@PathParam("id") UUID id) {
        return SubscriptionResponse.of(subscriptions.mine(id));
    }

    @PATCH
    @Path("/subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the number of licenses", description = "Send the new total. More licenses are charged at "
            + "once, pro rata for the rest of the term, with an invoice; fewer take effect at once without a refund, and the "
            + "next renewal charges the new total. Repeat with the same Idempotency-Key to get the same answer.")
    @APIResponse(responseCode = "400", description = "QUANTITY_OUT_OF_RANGE, QUANTITY_BELOW_ASSIGNED, IDEMPOTENCY_KEY_REQUIRED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SUBSCRIPTION_NOT_RUNNING: canceled or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "PAYMENT_DECLINED, IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionResponse changeQuantity(@PathParam("id") UUID id,
                                               @HeaderParam("Idempotency-Key") String idempotencyKey,
                                               @NotNull QuantityBody body) {
        return SubscriptionResponse.of(subscriptions.changeQuantity(id, body.quantity(), idempotencyKey));
    }

    @POST
    @Path("/subscriptions/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a subscription", description = "At once: its licenses stop working and it does not renew.")
    @APIResponse(responseCode = "400", description = "CANCEL_REASON_REQUIRED, FEEDBACK_TOO_LONG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SUBSCRIPTION_NOT_RUNNING: already canceled or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionResponse cancel(@PathParam("id") UUID id, @NotNull CancelBody body) {
        return SubscriptionResponse.of(subscriptions.cancel(id, body.reason(), body.feedback()));
    }

    private OfferResponse.Decision describe(EligibilityDecision decision, SupportedLocale caller) {
        return decision.refusal()
                .map(reason -> new OfferResponse.Decision(false, reason.name(), translations.translate(reason.messageKey(), caller)))
                .orElseGet(() -> new OfferResponse.Decision(true, null, null));
    }
}

package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
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
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.portal.rest.problem.Problem;

/** Replacing the card a subscription is charged to: its later renewals charge the new card. */
@Path("/v1/subscriptions/{id}/payment-method")
@Tag(name = "Billing")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionPaymentMethodResource {

    @Inject
    private PaymentMethods paymentMethods;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a subscription's card", description = "With a saved card (paymentMethodId) or a new one "
            + "(card, saved too). Nothing is charged now; the next renewal charges the new card. Earlier invoices keep the "
            + "card they were paid with.")
    @APIResponse(responseCode = "200", description = "The card the subscription is now charged to",
            content = @Content(schema = @Schema(implementation = SavedCard.class)))
    @APIResponse(responseCode = "400", description = "INVALID_INPUT (neither given), card codes as for purchases",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND, PAYMENT_METHOD_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SUBSCRIPTION_NOT_RUNNING, SUBSCRIPTION_NOT_PAID_BY_CARD",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SavedCard replace(@PathParam("id") UUID subscriptionId, @NotNull @Valid PaymentChoiceBody body) {
        return paymentMethods.replace(subscriptionId, body.toPayment());
    }
}

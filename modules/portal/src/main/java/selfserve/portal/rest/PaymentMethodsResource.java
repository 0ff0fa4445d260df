package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.portal.rest.problem.Problem;

/**
 * The caller's saved cards: list, add, edit, remove. Only brand, last four digits, expiry, name and
 * address are ever answered; numbers and security codes go to the payment gateway only.
 */
@Path("/v1/payment-methods")
@Tag(name = "Billing")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentMethodsResource {

    @Inject
    private PaymentMethods paymentMethods;

    @GET
    @Operation(summary = "The caller's saved cards", description = "Newest first; isDefault marks the billing profile's "
            + "default card. Brand, last four digits, expiry, name and address; never more.")
    public List<SavedCard> mine() {
        return paymentMethods.mine();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's saved cards")
    @APIResponse(responseCode = "404", description = "PAYMENT_METHOD_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SavedCard one(@PathParam("id") UUID id) {
        return paymentMethods.mine(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a card", description = "Checked as for a purchase (number, brand, expiry, security code, name), "
            + "tokenized by the payment gateway and saved. Nothing is charged. The first card becomes the default and "
            + "starts the billing profile.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = SavedCard.class)))
    @APIResponse(responseCode = "400", description = "CARD_NUMBER_INVALID, CARD_EXPIRED, CARD_EXPIRY_TOO_FAR, CARD_SECURITY_CODE_MISSING, "
            + "CARD_NAME_MISSING, CARD_NAME_TOO_LONG, ADDRESS_TOO_LONG, ADDRESS_COUNTRY_INVALID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@NotNull @Valid PurchaseBody.CardBody card) {
        return Response.status(Response.Status.CREATED).entity(paymentMethods.add(CardBodies.card(card))).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a saved card", description = "New expiry, name on card and billing address, with the security "
            + "code: the payment gateway verifies the card with them before anything changes. The number cannot change.")
    @APIResponse(responseCode = "400", description = "CARD_EXPIRED, CARD_EXPIRY_TOO_FAR, CARD_SECURITY_CODE_MISSING, CARD_NAME_MISSING, "
            + "CARD_NAME_TOO_LONG, ADDRESS_TOO_LONG, ADDRESS_COUNTRY_INVALID; nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "PAYMENT_METHOD_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "CARD_NOT_VERIFIED: the issuer did not confirm the card; nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SavedCard update(@PathParam("id") UUID id, @NotNull CardUpdateBody body) {
        return paymentMethods.update(id, body.toUpdate());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a saved card", description = "Only when no running subscription is charged to it: replace "
            + "the card of those first. Invoices it paid keep naming it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "PAYMENT_METHOD_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "PAYMENT_METHOD_IN_USE, with the number of subscriptions charged to it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("id") UUID id) {
        paymentMethods.remove(id);
        return Response.noContent().build();
    }
}

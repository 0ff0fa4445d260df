package selfserve.portal.rest;

import jakarta.validation.Valid;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.Payment;
import selfserve.identity.api.SelfServeException;

/** The card a subscription is to be charged to from now on: a saved one ({@code paymentMethodId}) or a new one ({@code card}). */
@Schema(name = "PaymentMethodChoice")
public record PaymentChoiceBody(@Schema(description = "A saved card (GET /api/v1/payment-methods)") UUID paymentMethodId,
                                @Valid @Schema(description = "A new card, saved for later too") PurchaseBody.CardBody card) {

    Payment toPayment() {
        if (paymentMethodId != null) {
            return new Payment.SavedCard(paymentMethodId);
        }
        if (card != null) {
            return new Payment.NewCard(CardBodies.card(card));
        }
        throw SelfServeException.invalid("INVALID_INPUT", "card, paymentMethodId");
    }
}

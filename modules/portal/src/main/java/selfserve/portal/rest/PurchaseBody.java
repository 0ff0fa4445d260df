package selfserve.portal.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.Payment;
import selfserve.commerce.api.PurchaseRequest;
import selfserve.commerce.api.Term;
import selfserve.commerce.api.TrialRequest;
import selfserve.identity.api.SelfServeException;

/** A self-service purchase: pay with a saved card ({@code paymentMethodId}) or a new one ({@code card}). */
@Schema(name = "PurchaseRequest")
public record PurchaseBody(
        @NotBlank @Schema(description = "Current or older product id", examples = "CFQ7TTC0H9MP") String productId,
        @Schema(description = "Licenses, 1 to 300", examples = "3") int quantity,
        @Schema(description = "MONTHLY when left out") Term term,
        @Schema(description = "A card saved before (GET /api/v1/payment-methods)") UUID paymentMethodId,
        @Valid @Schema(description = "A new card") CardBody card) {

    /** A new card: sent to the payment gateway, never stored; only brand, last 4, expiry, name and address are kept. */
    @Schema(name = "Card")
    public record CardBody(@Schema(examples = "4242 4242 4242 4242") String number, int expiryMonth, int expiryYear,
                           @Schema(examples = "123") String securityCode, String nameOnCard, AddressBody address) {

        @Override
        public String toString() {
            return "CardBody[****]";
        }
    }

    /** The card holder's billing address. */
    @Schema(name = "BillingAddress")
    public record AddressBody(String line1, String line2, String city, String postalCode,
                              @Schema(description = "ISO 3166 code", examples = "US") String country) {
    }

    PurchaseRequest toRequest() {
        if (paymentMethodId == null && card == null) {
            throw SelfServeException.invalid("INVALID_INPUT", "card, paymentMethodId");
        }
        return new PurchaseRequest(productId, quantity, term, payment());
    }

    /** A trial: with a card (or saved card) it converts to paid at its end; without, it simply ends. */
    TrialRequest toTrialRequest() {
        return new TrialRequest(productId, quantity, term, paymentMethodId == null && card == null ? null : payment());
    }

    private Payment payment() {
        if (paymentMethodId != null) {
            return new Payment.SavedCard(paymentMethodId);
        }
        AddressBody a = card.address();
        return new Payment.NewCard(new CardDetails(card.number(), card.expiryMonth(), card.expiryYear(), card.securityCode(),
                card.nameOnCard(), a == null ? null : new BillingAddress(a.line1(), a.line2(), a.city(), a.postalCode(), a.country())));
    }
}

package selfserve.commerce.internal;

import java.util.Optional;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.DeclineReason;
import selfserve.commerce.api.Money;

/**
 * Where card payments go. SelfServe hands a new card to the gateway once, keeps only the token it
 * answers, and charges that token afterwards. A production gateway replaces {@link TestPaymentGateway}
 * as a CDI alternative.
 */
public interface PaymentGateway {

    /** A token that stands for the card from now on. */
    String tokenize(CardDetails card);

    /**
     * Verifies the card behind the token again with its security code and the expiry the holder gives
     * (when they edit a saved card): empty when the issuer confirms it, else why not. Nothing is charged.
     */
    Optional<DeclineReason> verify(String token, int expiryMonth, int expiryYear, String securityCode);

    /** Charges the card behind the token; {@code reference} lets the gateway recognize a retry. */
    Charge charge(String token, Money amount, String reference);

    /** Takes back a charge whose purchase did not complete, so the buyer pays for nothing they do not get. */
    void voidCharge(String chargeId);

    /** The gateway's answer to a charge: approved with its id, or declined with a reason. */
    record Charge(String chargeId, DeclineReason declined) {

        public static Charge approved(String chargeId) {
            return new Charge(chargeId, null);
        }

        public static Charge declined(DeclineReason reason) {
            return new Charge(null, reason);
        }

        public boolean isApproved() {
            return declined == null;
        }
    }
}

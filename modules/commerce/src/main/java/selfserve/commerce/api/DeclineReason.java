package selfserve.commerce.api;

import selfserve.identity.api.Localizable;

/** Why the card issuer declined a charge, as the payment gateway reports it. */
public enum DeclineReason implements Localizable {
    INSUFFICIENT_FUNDS, EXPIRED_CARD, STOLEN_CARD, DECLINED,
    /** The security code given does not match the card (when a saved card is verified again). */
    INCORRECT_SECURITY_CODE;

    @Override
    public String messageKey() {
        return "payment.decline." + name();
    }
}

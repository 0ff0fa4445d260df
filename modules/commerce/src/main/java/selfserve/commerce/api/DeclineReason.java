package selfserve.commerce.api;

import selfserve.identity.api.Localizable;

/** Why the card issuer declined a charge, as the payment gateway reports it. */
public enum DeclineReason implements Localizable {
    INSUFFICIENT_FUNDS, EXPIRED_CARD, STOLEN_CARD, DECLINED;

    @Override
    public String messageKey() {
        return "payment.decline." + name();
    }
}

package selfserve.commerce.api;

/**
 * Starting trials. A person gets one trial per product. A trial without payment method is subject to the
 * policy's trial decision (allowed under Enabled and trials only); a trial with a card to the purchase
 * decision. Under the same Idempotency-Key the same request answers the same trial again.
 */
public interface Trials {

    /** How many licenses a trial without payment method comes with. */
    int LICENSES_WITHOUT_PAYMENT_METHOD = 25;

    SubscriptionView start(TrialRequest request, String idempotencyKey);
}

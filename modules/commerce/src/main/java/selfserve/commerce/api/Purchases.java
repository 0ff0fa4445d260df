package selfserve.commerce.api;

/**
 * Self-service buying. A purchase is eligible, priced, charged and recorded in one
 * transaction: a refusal or a declined card leaves nothing behind. The same idempotency key with the
 * same request answers the first receipt again; with another request it is refused
 * ({@code IDEMPOTENCY_KEY_REUSED}).
 */
public interface Purchases {

    /** The fewest and the most licenses one self-service subscription may have. */
    int FEWEST_LICENSES = 1;
    int MOST_LICENSES = 300;

    Receipt purchase(PurchaseRequest request, String idempotencyKey);
}

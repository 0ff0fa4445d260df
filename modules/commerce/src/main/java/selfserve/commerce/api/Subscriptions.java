package selfserve.commerce.api;

import java.util.List;
import java.util.UUID;

/** Subscriptions; a purchaser sees and changes only their own. */
public interface Subscriptions {

    /** The caller's own subscriptions, newest first. */
    List<SubscriptionView> mine();

    /** One of the caller's subscriptions; anyone else's is {@code SUBSCRIPTION_NOT_FOUND}. */
    SubscriptionView mine(UUID subscriptionId);

    /**
     * Sets the number of licenses to a new total. More licenses are charged at once, pro rata for
     * the rest of the term, to the subscription's card; fewer take effect at once without a refund, and the
     * next renewal charges the new total. A total below the licenses in use is refused
     * ({@code QUANTITY_BELOW_ASSIGNED}).
     */
    SubscriptionView changeQuantity(UUID subscriptionId, int newTotal, String idempotencyKey);

    /** Cancels at once: the licenses stop working and it does not renew. */
    SubscriptionView cancel(UUID subscriptionId, CancelReason reason, String feedback);
}

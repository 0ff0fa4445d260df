package selfserve.commerce.api;

import java.util.UUID;

/**
 * An admin taking a self-service subscription over and ending it: it stops at once, shows as
 * Deleted, and its purchaser is told (a {@link SubscriptionEvent} of kind {@code CANCELED_BY_ADMIN} or
 * {@code MOVED_BY_ADMIN}). For Global, Billing and License admins of its tenant and partners by delegation;
 * a Global reader gets {@code FORBIDDEN}, anyone else {@code SUBSCRIPTION_NOT_FOUND}. A central
 * subscription is no take-over ({@code NOT_SELF_SERVICE}); one that ended already is
 * {@code SUBSCRIPTION_NOT_RUNNING}.
 */
public interface AdminCancellations {

    /** Option 2: cancel it for a reason; its users lose their licenses. */
    SubscriptionRecord cancel(UUID subscriptionId, CancelReason reason);

    /**
     * Option 1, after licensing moved its users to another subscription: cancel what is left. It writes
     * no audit entry of its own; the caller's entry for the move is the one entry of the take-over.
     */
    SubscriptionRecord cancelAfterMove(UUID subscriptionId);
}

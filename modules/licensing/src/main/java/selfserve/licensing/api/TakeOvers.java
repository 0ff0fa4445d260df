package selfserve.licensing.api;

import java.util.UUID;
import selfserve.commerce.api.CancelReason;

/**
 * Admins taking a self-service subscription over, as Global, Billing or License admins of
 * its tenant or partners by delegation. Two admins taking over one subscription at once: one wins, the
 * other gets {@code SUBSCRIPTION_NOT_RUNNING} (or {@code CONCURRENT_CHANGE}), and nothing is done twice.
 */
public interface TakeOvers {

    /**
     * Option 1: moves every user of the subscription to {@code targetSubscriptionId} (a running
     * subscription of the same product and tenant), then cancels it: it shows as Deleted and its purchaser
     * is told. All or nothing: a target without a free license for every user is {@code NOT_ENOUGH_SEATS_TO_MOVE}
     * with the number missing, and nothing changes.
     */
    SubscriptionLicenses moveUsers(UUID subscriptionId, UUID targetSubscriptionId);

    /** Option 2: cancels it for a reason; its users lose their licenses; it shows as Deleted. */
    SubscriptionLicenses cancel(UUID subscriptionId, CancelReason reason);

    /**
     * Centralize: gives every user of the self-service subscription a license of the central
     * subscription {@code centralSubscriptionId} instead (same free-license rule as a move), then asks the
     * purchaser to cancel it; it keeps running until they do (or an admin takes it over). Answers the central
     * subscription's licenses.
     */
    SubscriptionLicenses centralize(UUID subscriptionId, UUID centralSubscriptionId);
}

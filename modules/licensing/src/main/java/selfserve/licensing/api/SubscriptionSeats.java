package selfserve.licensing.api;

import java.util.UUID;

/**
 * A running subscription of a product in the admin licenses view, with its purchaser (all {@code null} for
 * a central subscription, which the organization bought).
 */
public record SubscriptionSeats(UUID subscriptionId, String productId, UUID purchaserId, String purchaserName,
                                String purchaserEmail, int seats, int assigned) {

    public boolean isCentral() {
        return purchaserId == null;
    }
}

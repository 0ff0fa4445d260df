package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/** The facts of a subscription other modules build on (licensing's seats); {@code purchaserId} is null for central ones. */
public record SubscriptionRecord(UUID id, UUID tenantId, String productId, UUID purchaserId, Channel channel,
                                 SubscriptionStatus status, int quantity, Instant renewsAt) {

    public boolean isRunning() {
        return status == SubscriptionStatus.TRIAL || status == SubscriptionStatus.ACTIVE;
    }
}

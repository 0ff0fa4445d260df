package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription as the tenant's admins see it: central or self-service, and who bought it.
 *
 * @param purchaserName  null for a central subscription, which the organization bought
 * @param purchaserEmail null for a central subscription
 */
public record TenantSubscription(UUID id, String productId, String productName, Channel channel,
                                 SubscriptionStatus status, int quantity, String purchaserName, String purchaserEmail,
                                 Money perLicensePerMonth, Instant startedAt, Instant renewsAt, Instant endedAt) {
}

package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;
import selfserve.identity.api.UserStatus;

/**
 * A subscription as the tenant's admins see it: central or self-service, and who bought it.
 *
 * @param purchaserName   null for a central subscription, which the organization bought
 * @param purchaserEmail  null for a central subscription
 * @param purchaserStatus whether the purchaser can still sign in (R-26: a disabled purchaser's subscription
 *                        runs on); null for a central subscription
 */
public record TenantSubscription(UUID id, String productId, String productName, Channel channel,
                                 SubscriptionStatus status, int quantity, String purchaserName, String purchaserEmail,
                                 UserStatus purchaserStatus, Money perLicensePerMonth, Instant startedAt, Instant renewsAt,
                                 Instant endedAt) {
}

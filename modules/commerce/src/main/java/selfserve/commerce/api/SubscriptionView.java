package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription as its purchaser sees it in "Your products".
 *
 * @param renewsAt when the term ends: renewed then while active, or over for good once canceled or expired
 * @param endedAt  when it was canceled or expired; null while it runs
 */
public record SubscriptionView(UUID id, String productId, String productName, int quantity, SubscriptionStatus status,
                               Term term, Channel channel, Money perLicensePerMonth, Instant startedAt, Instant renewsAt,
                               Instant endedAt) {
}

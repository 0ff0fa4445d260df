package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription as its purchaser sees it in "Your products".
 *
 * @param renewsAt when the term ends: renewed then while active, or over for good once canceled or expired
 * @param endedAt  when it was canceled or expired; null while it runs
 * @param renews   whether it renews (or, as a trial with a card, becomes paid) at {@code renewsAt}; false for a
 *                 trial without payment method, which simply ends then, and for one that has ended
 */
public record SubscriptionView(UUID id, String productId, String productName, int quantity, SubscriptionStatus status,
                               Term term, Channel channel, Money perLicensePerMonth, Instant startedAt, Instant renewsAt,
                               Instant endedAt, boolean renews) {
}

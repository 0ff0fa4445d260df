package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/** A subscription as its purchaser sees it in "Your products". */
public record SubscriptionView(UUID id, String productId, String productName, int quantity, SubscriptionStatus status,
                               Term term, Channel channel, Money perLicensePerMonth, Instant startedAt, Instant renewsAt) {
}

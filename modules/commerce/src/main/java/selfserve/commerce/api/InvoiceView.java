package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/** An invoice as its purchaser sees it: what was charged for which licenses and period. */
public record InvoiceView(UUID id, String number, UUID subscriptionId, String productId, String productName,
                          Instant issuedAt, Instant periodStart, Instant periodEnd, int quantity, Money amount) {
}

package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/** What a central purchase created: the subscription and its first invoice, billed to the organization. */
public record CentralReceipt(UUID subscriptionId, UUID invoiceId, String invoiceNumber, String productId, String productName,
                             int quantity, Term term, Money perLicensePerMonth, Money invoiced, Instant purchasedAt,
                             Instant renewsAt) {
}

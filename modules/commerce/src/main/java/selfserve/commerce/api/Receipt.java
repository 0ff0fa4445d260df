package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/** What a purchase created, as the buyer's confirmation shows it. */
public record Receipt(UUID subscriptionId, UUID invoiceId, String invoiceNumber, String productId, String productName,
                      int quantity, Term term, Money perLicensePerMonth, Money charged, String cardBrand, String cardLast4,
                      Instant purchasedAt, Instant renewsAt) {
}

package selfserve.commerce.api;

import java.util.UUID;

/**
 * A payment method as stored and shown: never more than brand, last four digits, expiry, name and billing
 * address; {@code isDefault} when the billing profile names it the card new purchases use.
 */
public record SavedCard(UUID id, String brand, String last4, int expiryMonth, int expiryYear, String nameOnCard,
                        BillingAddress address, boolean isDefault) {
}

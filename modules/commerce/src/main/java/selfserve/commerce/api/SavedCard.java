package selfserve.commerce.api;

import java.util.UUID;

/** A payment method as stored and shown: never more than brand, last four digits, expiry and name. */
public record SavedCard(UUID id, String brand, String last4, int expiryMonth, int expiryYear, String nameOnCard) {
}

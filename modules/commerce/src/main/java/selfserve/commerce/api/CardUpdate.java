package selfserve.commerce.api;

/**
 * What a holder may change on a saved card: expiry, name and billing address, with the security
 * code the payment gateway verifies the card with again. The number cannot change (a new number is a
 * new card). The security code is never stored, and {@link #toString()} never shows it.
 */
public record CardUpdate(int expiryMonth, int expiryYear, String securityCode, String nameOnCard, BillingAddress address) {

    @Override
    public String toString() {
        return "CardUpdate[securityCode=***, expiry=" + expiryMonth + "/" + expiryYear + "]";
    }
}

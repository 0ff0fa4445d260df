package selfserve.commerce.api;

/**
 * A card as the buyer types it. The number and security code go to the payment gateway and nowhere else:
 * they are never stored, and {@link #toString()} never shows them, so no log can.
 */
public record CardDetails(String number, int expiryMonth, int expiryYear, String securityCode, String nameOnCard,
                          BillingAddress address) {

    @Override
    public String toString() {
        return "CardDetails[number=****, securityCode=***, expiry=" + expiryMonth + "/" + expiryYear + "]";
    }
}

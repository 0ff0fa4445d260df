package selfserve.commerce.api;

/** The card holder's billing address. */
public record BillingAddress(String line1, String line2, String city, String postalCode, String country) {
}

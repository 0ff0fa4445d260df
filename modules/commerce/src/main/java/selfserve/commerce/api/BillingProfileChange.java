package selfserve.commerce.api;

import java.util.UUID;

/**
 * New values of the caller's billing profile, all of them (a value left out is cleared).
 *
 * @param defaultPaymentMethodId one of the caller's saved cards, or null for none
 */
public record BillingProfileChange(String organization, BillingAddress address, String invoiceEmail, String purchaseOrder,
                                   UUID defaultPaymentMethodId) {
}

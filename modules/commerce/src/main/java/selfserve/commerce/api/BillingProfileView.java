package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A purchaser's billing profile: what their invoices are billed to. Until the person saves one
 * (or buys for the first time) {@code saved} is false and the values are a proposal: the organization's
 * name and the person's email.
 *
 * @param defaultPaymentMethodId the saved card new purchases default to, if any
 * @param updatedAt              when it was last saved; null for a proposal
 */
public record BillingProfileView(boolean saved, String organization, BillingAddress address, String invoiceEmail,
                                 String purchaseOrder, UUID defaultPaymentMethodId, Instant updatedAt) {
}

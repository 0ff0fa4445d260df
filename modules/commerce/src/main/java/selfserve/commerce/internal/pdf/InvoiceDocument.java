package selfserve.commerce.internal.pdf;

import java.time.Instant;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Term;

/**
 * Everything an invoice PDF shows, gathered before rendering: the renderer reads no database.
 *
 * @param billTo  whom the invoice is billed to
 * @param paidBy  the card charged; null when the invoice is to the organization (a central subscription)
 */
public record InvoiceDocument(String number, Instant issuedAt, Instant periodStart, Instant periodEnd, BillTo billTo,
                              String productName, Term term, int quantity, Money perLicensePerMonth, Money amount,
                              Card paidBy) {

    /**
     * The billing profile's organization, address, invoice email and purchase order; or, without a profile,
     * the tenant's name and the purchaser's email.
     */
    public record BillTo(String organization, String purchaser, BillingAddress address, String invoiceEmail,
                         String purchaseOrder) {
    }

    /** A card as an invoice names it: brand and last four digits. */
    public record Card(String brand, String last4) {
    }
}

package selfserve.portal.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.BillingProfileChange;

/** The caller's billing profile, all of it: a value left out is cleared. */
@Schema(name = "BillingProfileChange")
public record BillingProfileBody(
        @Schema(description = "1 to 200 characters", examples = "Northwind Traders", required = true) String organization,
        PurchaseBody.AddressBody address,
        @Schema(description = "Where invoices are sent", examples = "ap@northwind.com", required = true) String invoiceEmail,
        @Schema(description = "Up to 50 characters, printed on invoices", examples = "PO-4711") String purchaseOrder,
        @Schema(description = "A saved card new purchases default to") UUID defaultPaymentMethodId) {

    BillingProfileChange toChange() {
        return new BillingProfileChange(organization, CardBodies.address(address), invoiceEmail, purchaseOrder,
                defaultPaymentMethodId);
    }
}

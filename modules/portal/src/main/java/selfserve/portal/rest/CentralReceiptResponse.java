package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.CentralReceipt;

/** What a central purchase created: the subscription and its first invoice to the organization. */
@Schema(name = "CentralReceipt")
public record CentralReceiptResponse(UUID subscriptionId, UUID invoiceId, String invoiceNumber, String productId,
                                     String productName, int quantity, String term, MoneyResponse perLicensePerMonth,
                                     @Schema(description = "The first term, invoiced to the organization") MoneyResponse invoiced,
                                     Instant purchasedAt, Instant renewsAt) {

    static CentralReceiptResponse of(CentralReceipt r) {
        return new CentralReceiptResponse(r.subscriptionId(), r.invoiceId(), r.invoiceNumber(), r.productId(), r.productName(),
                r.quantity(), r.term().name(), MoneyResponse.of(r.perLicensePerMonth()), MoneyResponse.of(r.invoiced()),
                r.purchasedAt(), r.renewsAt());
    }
}

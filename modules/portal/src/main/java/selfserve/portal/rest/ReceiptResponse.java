package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.Receipt;

/** What a purchase created. */
@Schema(name = "Receipt")
public record ReceiptResponse(UUID subscriptionId, UUID invoiceId, String invoiceNumber, String productId, String productName,
                              int quantity, String term, MoneyResponse perLicensePerMonth, MoneyResponse charged,
                              String cardBrand, String cardLast4, Instant purchasedAt, Instant renewsAt) {

    static ReceiptResponse of(Receipt r) {
        return new ReceiptResponse(r.subscriptionId(), r.invoiceId(), r.invoiceNumber(), r.productId(), r.productName(),
                r.quantity(), r.term().name(), MoneyResponse.of(r.perLicensePerMonth()), MoneyResponse.of(r.charged()),
                r.cardBrand(), r.cardLast4(), r.purchasedAt(), r.renewsAt());
    }
}

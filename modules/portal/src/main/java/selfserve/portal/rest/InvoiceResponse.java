package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.InvoiceView;

/** An invoice of the caller. */
@Schema(name = "Invoice")
public record InvoiceResponse(UUID id, String number, UUID subscriptionId, String productId, String productName,
                              Instant issuedAt, Instant periodStart, Instant periodEnd, int quantity, MoneyResponse amount) {

    static InvoiceResponse of(InvoiceView i) {
        return new InvoiceResponse(i.id(), i.number(), i.subscriptionId(), i.productId(), i.productName(), i.issuedAt(),
                i.periodStart(), i.periodEnd(), i.quantity(), MoneyResponse.of(i.amount()));
    }
}

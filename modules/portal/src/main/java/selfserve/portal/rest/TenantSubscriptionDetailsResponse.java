package selfserve.portal.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.TenantSubscriptionDetails;

/** One subscription of the tenant as its admins open it: how it is paid, the licenses in use and its order history. */
@Schema(name = "TenantSubscriptionDetails")
public record TenantSubscriptionDetailsResponse(TenantSubscriptionResponse subscription,
                                                @Schema(enumeration = {"MONTHLY", "ANNUAL"}) String term,
                                                @Schema(description = "Licenses assigned to people") int assigned,
                                                @Schema(enumeration = {"CARD", "INVOICE", "NONE"},
                                                        description = "CARD for self-service, INVOICE for central, "
                                                                + "NONE for a trial without payment method")
                                                String payment,
                                                String cardBrand, String cardLast4,
                                                @Schema(description = "Oldest first") List<OrderHistoryEntryResponse> history) {

    static TenantSubscriptionDetailsResponse of(TenantSubscriptionDetails d) {
        String payment = d.invoiced() ? "INVOICE" : d.cardLast4() != null ? "CARD" : "NONE";
        return new TenantSubscriptionDetailsResponse(TenantSubscriptionResponse.of(d.subscription()), d.term().name(),
                d.assigned(), payment, d.cardBrand(), d.cardLast4(),
                d.history().stream().map(OrderHistoryEntryResponse::of).toList());
    }
}

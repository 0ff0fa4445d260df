package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.OrderHistoryEntry;

/** One line of a subscription's order history; no actor means SelfServe acted (a renewal, say). */
@Schema(name = "OrderHistoryEntry")
public record OrderHistoryEntryResponse(Instant at,
                                        @Schema(examples = "QUANTITY_CHANGED") String kind,
                                        UUID actorId, String actorName, int quantityBefore, int quantityAfter,
                                        @Schema(description = "What was charged or invoiced; absent if nothing") MoneyResponse amount,
                                        @Schema(description = "The cancel or decline reason, if any") String detail) {

    static OrderHistoryEntryResponse of(OrderHistoryEntry e) {
        return new OrderHistoryEntryResponse(e.at(), e.kind().name(), e.actorId(), e.actorName(), e.quantityBefore(),
                e.quantityAfter(), e.amount() == null ? null : MoneyResponse.of(e.amount()), e.detail());
    }
}

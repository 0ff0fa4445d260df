package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.SubscriptionView;

/** A subscription of the caller. */
@Schema(name = "Subscription")
public record SubscriptionResponse(UUID id, String productId, String productName, int quantity,
                                   @Schema(enumeration = {"TRIAL", "ACTIVE", "EXPIRED", "CANCELED"}) String status,
                                   String term, String channel, MoneyResponse perLicensePerMonth, Instant startedAt,
                                   Instant renewsAt, Instant endedAt,
                                   @Schema(description = "Whether it renews (or a trial with a card becomes paid) at "
                                           + "renewsAt; false for a trial without payment method, which ends then, and "
                                           + "once it has ended") boolean renews) {

    static SubscriptionResponse of(SubscriptionView s) {
        return new SubscriptionResponse(s.id(), s.productId(), s.productName(), s.quantity(), s.status().name(),
                s.term().name(), s.channel().name(), MoneyResponse.of(s.perLicensePerMonth()), s.startedAt(), s.renewsAt(), s.endedAt(),
                s.renews());
    }
}

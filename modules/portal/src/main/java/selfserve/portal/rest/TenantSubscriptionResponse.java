package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.TenantSubscription;

/** A subscription of the tenant as its admins see it; a central one has no purchaser. */
@Schema(name = "TenantSubscription")
public record TenantSubscriptionResponse(UUID id, String productId, String productName,
                                         @Schema(enumeration = {"SELF_SERVICE", "CENTRAL"}) String channel,
                                         String status, int quantity, String purchaserName, String purchaserEmail,
                                         @Schema(enumeration = {"ACTIVE", "DISABLED"},
                                                 description = "A disabled purchaser's subscription runs on (R-26)")
                                         String purchaserStatus,
                                         MoneyResponse perLicensePerMonth, Instant startedAt, Instant renewsAt,
                                         Instant endedAt) {

    static TenantSubscriptionResponse of(TenantSubscription s) {
        return new TenantSubscriptionResponse(s.id(), s.productId(), s.productName(), s.channel().name(), s.status().name(),
                s.quantity(), s.purchaserName(), s.purchaserEmail(),
                s.purchaserStatus() == null ? null : s.purchaserStatus().name(), MoneyResponse.of(s.perLicensePerMonth()),
                s.startedAt(), s.renewsAt(), s.endedAt());
    }
}

package selfserve.portal.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.licensing.api.AssignedUser;
import selfserve.licensing.api.SubscriptionLicenses;

/** A subscription's seats and their holders. */
@Schema(name = "SubscriptionLicenses")
public record LicensesResponse(UUID subscriptionId, String productId,
                               @Schema(description = "Null for a central subscription") UUID purchaserId,
                               boolean running, int seats, int assigned, int free,
                               @Schema(description = "Whether the caller may assign and unassign here") boolean mayAssign,
                               List<Holder> users) {

    /** One holder of a license. */
    @Schema(name = "LicenseHolder")
    public record Holder(UUID userId, String displayName, String email, Instant since) {

        static Holder of(AssignedUser user) {
            return new Holder(user.userId(), user.displayName(), user.email(), user.since());
        }
    }

    static LicensesResponse of(SubscriptionLicenses licenses) {
        return new LicensesResponse(licenses.subscriptionId(), licenses.productId(), licenses.purchaserId(),
                licenses.running(), licenses.seats(), licenses.assigned(), licenses.free(), licenses.mayAssign(),
                licenses.users().stream().map(Holder::of).toList());
    }
}

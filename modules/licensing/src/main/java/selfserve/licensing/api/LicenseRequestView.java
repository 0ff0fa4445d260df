package selfserve.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A license request as its requester and the tenant's admins see it.
 *
 * @param note           what the requester wrote; {@code null} if nothing; plain text, never markup
 * @param decidedByName  the admin who decided it; {@code null} while pending
 * @param message        what the admin wrote with the decision; {@code null} if nothing; plain text
 * @param subscriptionId where the approved people's licenses came from; {@code null} if nobody was approved
 */
public record LicenseRequestView(UUID id, UUID tenantId, String productId, String productName, UUID requesterId,
                                 String requesterName, String requesterEmail, Instant createdAt,
                                 LicenseRequestStatus status, String note, List<RequestedPerson> people,
                                 Instant decidedAt, String decidedByName, String message, UUID subscriptionId) {

    public LicenseRequestView {
        people = List.copyOf(people);
    }
}

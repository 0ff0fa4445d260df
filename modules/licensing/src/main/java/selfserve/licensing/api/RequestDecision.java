package selfserve.licensing.api;

import java.util.Set;
import java.util.UUID;

/**
 * An admin's decision on a license request: every person it names in exactly one of the two sets.
 *
 * @param subscriptionId the central running subscription of the product the approved people's licenses
 *                       come from; needed only when someone is approved
 * @param message        told to the requester; optional, plain text
 */
public record RequestDecision(Set<UUID> approved, Set<UUID> denied, UUID subscriptionId, String message) {

    public RequestDecision {
        approved = approved == null ? Set.of() : Set.copyOf(approved);
        denied = denied == null ? Set.of() : Set.copyOf(denied);
    }
}

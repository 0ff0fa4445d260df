package selfserve.licensing.api;

import java.util.List;
import java.util.UUID;

/**
 * A subscription's seats and who holds them, as the caller sees them.
 *
 * @param purchaserId  who bought it; {@code null} for a central subscription
 * @param mayAssign    whether the caller may assign and unassign here (the purchaser of a self-service
 *                     subscription, or an admin for a central one; R-29)
 * @param users        the current holders, by name
 */
public record SubscriptionLicenses(UUID subscriptionId, String productId, UUID purchaserId, boolean running, int seats,
                                   int assigned, boolean mayAssign, List<AssignedUser> users) {

    public int free() {
        return running ? seats - assigned : 0;
    }
}

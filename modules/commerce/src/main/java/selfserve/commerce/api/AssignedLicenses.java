package selfserve.commerce.api;

import java.util.UUID;

/**
 * How many of a subscription's licenses are assigned. Commerce needs it (no total below it, R-21); the
 * licensing module, which owns assignments, provides it. Until it does, nothing is assigned.
 */
public interface AssignedLicenses {

    int assigned(UUID subscriptionId);
}

package selfserve.licensing.api;

import java.time.Instant;
import java.util.UUID;

/** A person holding one of a subscription's licenses, since when, and who assigned it. */
public record AssignedUser(UUID userId, String displayName, String email, Instant since, UUID assignedBy) {
}

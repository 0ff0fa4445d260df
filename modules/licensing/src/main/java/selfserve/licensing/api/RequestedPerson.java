package selfserve.licensing.api;

import java.util.UUID;

/** A person a license request names, and what the admin answered for them. */
public record RequestedPerson(UUID userId, String displayName, String email, RequestOutcome outcome) {
}

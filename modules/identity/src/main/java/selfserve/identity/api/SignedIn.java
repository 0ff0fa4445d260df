package selfserve.identity.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A person signed in with their password, announced at most once an hour per person in the sign-in's
 * transaction (licensing keeps an unused license whose reclaim was announced, for instance).
 */
public record SignedIn(UUID userId, UUID tenantId, Instant at) {
}

package selfserve.licensing.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A license whose holder is disabled or has not signed in for the report's number of days, assigned at
 * least that long ago (so new starters are not flagged).
 *
 * @param central      whether it belongs to a central subscription (only those are reclaimed by admins, R-29)
 * @param lastSignInAt {@code null}: never signed in
 * @param reclaimAt    when an announced reclaim takes it back; {@code null} if none is announced
 */
public record UnusedLicense(UUID assignmentId, UUID subscriptionId, String productId, String productName,
                            boolean central, UUID userId, String displayName, String email, boolean disabled,
                            Instant lastSignInAt, Instant assignedSince, Instant reclaimAt) {
}

package selfserve.licensing.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened that a person should hear about, fired synchronously inside the transaction of the
 * change (so a notice written by an observer commits or rolls back with it).
 *
 * @param recipientId    who is told
 * @param actorId        who acted; {@code null} when SelfServe itself did
 * @param subscriptionId the subscription concerned, if any
 * @param requestId      the license request concerned, if any
 * @param count          how many licenses or people it is about (1 for a single assignment)
 * @param message        what the acting admin wrote (a request decision); {@code null} if nothing; plain text
 * @param dueAt          when a announced reclaim happens; {@code null} otherwise
 */
public record LicenseEvent(LicenseEventKind kind, UUID tenantId, UUID recipientId, UUID actorId, String productId,
                           UUID subscriptionId, UUID requestId, int count, String message, Instant at, Instant dueAt) {
}

package selfserve.identity.api;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner sees it after issue: never its secret. */
public record ApiTokenInfo(UUID id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {
}

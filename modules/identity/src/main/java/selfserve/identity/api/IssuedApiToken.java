package selfserve.identity.api;

import java.time.Instant;
import java.util.UUID;

/** A freshly issued token, with the secret the caller must keep: it is not shown again. */
public record IssuedApiToken(UUID id, String label, String secret, Instant createdAt, Instant expiresAt) {
}

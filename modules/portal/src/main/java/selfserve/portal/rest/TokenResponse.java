package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.identity.api.ApiTokenInfo;
import selfserve.identity.api.IssuedApiToken;

/** An API token; {@code token} (the secret) is present only in the answer that issued it. */
@Schema(name = "Token")
public record TokenResponse(UUID id, String label,
                            @Schema(description = "The secret: shown once, send it as 'Authorization: Bearer …'") String token,
                            Instant createdAt, Instant expiresAt, Instant revokedAt) {

    static TokenResponse issued(IssuedApiToken issued) {
        return new TokenResponse(issued.id(), issued.label(), issued.secret(), issued.createdAt(), issued.expiresAt(), null);
    }

    static TokenResponse of(ApiTokenInfo info) {
        return new TokenResponse(info.id(), info.label(), null, info.createdAt(), info.expiresAt(), info.revokedAt());
    }
}

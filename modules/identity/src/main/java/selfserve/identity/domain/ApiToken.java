package selfserve.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import selfserve.identity.api.ApiTokenInfo;

/** An API token: only the SHA-256 hash of its secret is kept. */
@Entity
@Table(name = "IDN_API_TOKEN")
public class ApiToken {

    @Id
    @Column(name = "ID")
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "USER_ID", nullable = false)
    private User user;

    @Column(name = "SECRET_HASH", length = 64, nullable = false, unique = true)
    private String secretHash;

    @Column(name = "LABEL", length = 100, nullable = false)
    private String label;

    // Times in UTC (see AuditEntry on why not Instants).
    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "REVOKED_AT")
    private OffsetDateTime revokedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(User user, String secretHash, String label, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.user = user;
        this.secretHash = secretHash;
        this.label = label;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    /** Usable: not revoked, not expired, and its owner may still sign in. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt.toInstant()) && user.isActive();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public ApiTokenInfo info() {
        return new ApiTokenInfo(id, label, createdAt.toInstant(), expiresAt.toInstant(),
                revokedAt == null ? null : revokedAt.toInstant());
    }

    public UUID id() { return id; }
    public User user() { return user; }
    public String label() { return label; }
}

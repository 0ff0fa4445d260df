package selfserve.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One license of a subscription held by one user, from when it began to when it ended, and who did both. */
@Entity
@Table(name = "LIC_ASSIGNMENT")
public class Assignment {

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "SUBSCRIPTION_ID", nullable = false)
    private UUID subscriptionId;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Column(name = "PRODUCT_ID", length = 20, nullable = false)
    private String productId;

    @Column(name = "USER_ID", nullable = false)
    private UUID userId;

    /** The user while it lasts, null after: the unique key that gives a person one license of a product. */
    @Column(name = "HOLDER_ID", length = 36)
    private String holderId;

    // Times in UTC: EclipseLink 4.0 would store an Instant as a serialized blob.
    @Column(name = "BEGAN_AT", nullable = false)
    private OffsetDateTime beganAt;

    @Column(name = "ASSIGNED_BY", nullable = false)
    private UUID assignedBy;

    @Column(name = "ENDED_AT")
    private OffsetDateTime endedAt;

    /** Null when SelfServe ended it (the subscription ran out). */
    @Column(name = "ENDED_BY", length = 36)
    private String endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "END_REASON", length = 24)
    private AssignmentEnd endReason;

    /** When an announced reclaim takes the license back; null when none is announced. */
    @Column(name = "RECLAIM_AT")
    private OffsetDateTime reclaimAt;

    /** The admin who announced it (they are the one who reclaims it). */
    @Column(name = "RECLAIM_BY", length = 36)
    private String reclaimBy;

    protected Assignment() {
    }

    public Assignment(SeatPool pool, UUID userId, UUID assignedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.subscriptionId = pool.subscriptionId();
        this.tenantId = pool.tenantId();
        this.productId = pool.productId();
        this.userId = userId;
        this.holderId = userId.toString();
        this.beganAt = at.atOffset(ZoneOffset.UTC);
        this.assignedBy = assignedBy;
    }

    /** Ends the assignment; {@code by} is null when SelfServe itself ended it. */
    public void end(Instant at, UUID by, AssignmentEnd reason) {
        this.holderId = null;
        this.endedAt = at.atOffset(ZoneOffset.UTC);
        this.endedBy = by == null ? null : by.toString();
        this.endReason = reason;
    }

    /** Announces that the license goes back at {@code at}, unless the person signs in before. */
    public void announceReclaim(Instant at, UUID by) {
        this.reclaimAt = at.atOffset(ZoneOffset.UTC);
        this.reclaimBy = by.toString();
    }

    /** The person signed in during the grace period: the license stays. */
    public void keep() {
        this.reclaimAt = null;
        this.reclaimBy = null;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    public UUID id() { return id; }
    public UUID subscriptionId() { return subscriptionId; }
    public UUID tenantId() { return tenantId; }
    public String productId() { return productId; }
    public UUID userId() { return userId; }
    public Instant beganAt() { return beganAt.toInstant(); }
    public UUID assignedBy() { return assignedBy; }
    public Instant endedAt() { return endedAt == null ? null : endedAt.toInstant(); }
    public AssignmentEnd endReason() { return endReason; }
    public Instant reclaimAt() { return reclaimAt == null ? null : reclaimAt.toInstant(); }
    public UUID reclaimBy() { return reclaimBy == null ? null : UUID.fromString(reclaimBy); }
}

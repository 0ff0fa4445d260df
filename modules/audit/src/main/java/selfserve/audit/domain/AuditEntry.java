package selfserve.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import selfserve.audit.api.AuditItem;
import selfserve.audit.api.AuditRecord;

/** One audit entry. Created once, never updated: the class has no way to change a field. */
@Entity
@Table(name = "AUD_ENTRY")
public class AuditEntry {

    @Id
    @Column(name = "ID")
    private UUID id;

    /** Drawn by the database on insert (an identity column), never written by SelfServe. */
    @Column(name = "SEQ", insertable = false, updatable = false)
    private Long sequence;

    /** In UTC; EclipseLink 4.0 maps OffsetDateTime to TIMESTAMP WITH TIME ZONE but would serialize an Instant. */
    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    // Nullable ids are kept as text: EclipseLink 4.0 fails to read a NULL into a UUID field.
    @Column(name = "TENANT_ID", length = 36, updatable = false)
    private String tenantId;

    @Column(name = "ACTOR_ID", length = 36, updatable = false)
    private String actorId;

    @Column(name = "ACTOR_NAME", length = 320, updatable = false)
    private String actorName;

    @Column(name = "PARTNER_TENANT_ID", length = 36, updatable = false)
    private String partnerTenantId;

    @Column(name = "ACTION", length = 64, nullable = false, updatable = false)
    private String action;

    @Column(name = "TARGET", length = 200, updatable = false)
    private String target;

    @Column(name = "PRODUCT_ID", length = 40, updatable = false)
    private String productId;

    @Column(name = "BEFORE_STATE", length = 2000, updatable = false)
    private String before;

    @Column(name = "AFTER_STATE", length = 2000, updatable = false)
    private String after;

    @Column(name = "CORRELATION_ID", length = 64, nullable = false, updatable = false)
    private String correlationId;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(AuditRecord record, Instant occurredAt, String correlationId) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.tenantId = text(record.tenantId());
        this.actorId = text(record.actorId());
        this.actorName = truncate(record.actorName(), 320);
        this.partnerTenantId = text(record.partnerTenantId());
        this.action = record.action();
        this.target = truncate(record.target(), 200);
        this.productId = truncate(record.productId(), 40);
        this.before = truncate(record.before(), 2000);
        this.after = truncate(record.after(), 2000);
        this.correlationId = correlationId;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public UUID id() { return id; }
    /** Known once the entry was stored and read back. */
    public long sequence() { return sequence; }
    public Instant occurredAt() { return occurredAt.toInstant(); }
    public UUID tenantId() { return uuid(tenantId); }
    public UUID actorId() { return uuid(actorId); }
    public String actorName() { return actorName; }
    public UUID partnerTenantId() { return uuid(partnerTenantId); }
    public String action() { return action; }
    public String target() { return target; }
    public String productId() { return productId; }
    public String before() { return before; }
    public String after() { return after; }
    public String correlationId() { return correlationId; }

    /** The entry as the audit log shows it. */
    public AuditItem item() {
        return new AuditItem(sequence(), id, occurredAt(), tenantId(), actorId(), actorName, partnerTenantId(), action,
                target, productId, before, after, correlationId);
    }
}

package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A money-moving request (a purchase, more licenses) under its caller's idempotency key. It is written
 * before the card is charged, so a second request with the same key waits for the first on the unique
 * key and never charges twice; the first answer is then given again.
 */
@Entity
@Table(name = "COM_IDEMPOTENT_REQUEST")
public class IdempotentRequest {

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "CALLER_ID", nullable = false)
    private UUID callerId;

    @Column(name = "IDEMPOTENCY_KEY", length = 64, nullable = false)
    private String idempotencyKey;

    /** A digest of what was asked for, without the card number (see PurchaseFingerprint). */
    @Column(name = "FINGERPRINT", length = 64, nullable = false)
    private String fingerprint;

    // Nullable ids are kept as text: EclipseLink 4.0 fails to read a NULL into a UUID field.
    @Column(name = "SUBSCRIPTION_ID", length = 36)
    private String subscriptionId;

    @Column(name = "INVOICE_ID", length = 36)
    private String invoiceId;

    /** In UTC (see PaymentMethod on why not an Instant). */
    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    protected IdempotentRequest() {
        // for JPA
    }

    public IdempotentRequest(UUID callerId, String key, String fingerprint, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.callerId = callerId;
        this.idempotencyKey = key;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public void completedWith(Subscription subscription, Invoice invoice) {
        this.subscriptionId = Ids.text(subscription.id());
        this.invoiceId = invoice == null ? null : Ids.text(invoice.id());
    }

    public boolean isFor(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public UUID subscriptionId() { return Ids.uuid(subscriptionId); }
    public UUID invoiceId() { return Ids.uuid(invoiceId); }
}

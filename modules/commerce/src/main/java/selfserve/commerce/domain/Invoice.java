package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import selfserve.commerce.api.Money;

/** What a term of a subscription was charged: one invoice per charge, numbered for people to quote. */
@Entity
@Table(name = "COM_INVOICE")
public class Invoice {

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "INVOICE_NUMBER", length = 20, nullable = false)
    private String number;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Column(name = "PURCHASER_ID")
    private UUID purchaserId;

    @Column(name = "SUBSCRIPTION_ID", nullable = false)
    private UUID subscriptionId;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "AMOUNT", precision = 14, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "CHARGE_REFERENCE", length = 100)
    private String chargeReference;

    // Times in UTC (see PaymentMethod on why not Instants).
    @Column(name = "ISSUED_AT", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "PERIOD_START", nullable = false)
    private OffsetDateTime periodStart;

    @Column(name = "PERIOD_END", nullable = false)
    private OffsetDateTime periodEnd;

    protected Invoice() {
        // for JPA
    }

    /** The invoice of a term paid by card. */
    public Invoice(Subscription subscription, UUID tenantId, UUID purchaserId, Money amount, String chargeReference,
                   Instant issuedAt) {
        this.id = UUID.randomUUID();
        this.number = "INV-" + id.toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        this.tenantId = tenantId;
        this.purchaserId = purchaserId;
        this.subscriptionId = subscription.id();
        this.quantity = subscription.quantity();
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.chargeReference = chargeReference;
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
        this.periodStart = subscription.startedAt().atOffset(ZoneOffset.UTC);
        this.periodEnd = subscription.renewsAt().atOffset(ZoneOffset.UTC);
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public Money amount() { return new Money(amount, currency); }
    public UUID subscriptionId() { return subscriptionId; }
}

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
import selfserve.commerce.api.InvoiceView;
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

    // Nullable ids are kept as text: EclipseLink 4.0 fails to read a NULL into a UUID field.
    @Column(name = "PURCHASER_ID", length = 36)
    private String purchaserId;

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

    /** The card charged, as it was when the invoice was issued; null for an invoice to the organization. */
    @Column(name = "PAYMENT_METHOD_ID", length = 36)
    private String paymentMethodId;

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

    /** The invoice of a charge for {@code quantity} licenses over the period from {@code periodStart} to {@code periodEnd}. */
    public Invoice(Subscription subscription, Money amount, String chargeReference, Instant issuedAt, Instant periodStart,
                   Instant periodEnd, int quantity) {
        this.id = UUID.randomUUID();
        this.number = "INV-" + id.toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        this.tenantId = subscription.tenantId();
        this.purchaserId = Ids.text(subscription.purchaserId());
        this.subscriptionId = subscription.id();
        this.quantity = quantity;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.chargeReference = chargeReference;
        // The card that pays the subscription now pays this invoice; a later replacement changes neither.
        this.paymentMethodId = Ids.text(subscription.paymentMethodId());
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
        this.periodStart = periodStart.atOffset(ZoneOffset.UTC);
        this.periodEnd = periodEnd.atOffset(ZoneOffset.UTC);
    }

    public boolean isPurchasedBy(UUID userId) {
        return userId.toString().equals(purchaserId);
    }

    public InvoiceView view(String productId, String productName) {
        return new InvoiceView(id, number, subscriptionId, productId, productName, issuedAt.toInstant(), periodStart.toInstant(),
                periodEnd.toInstant(), quantity, amount());
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public Money amount() { return new Money(amount, currency); }
    public UUID subscriptionId() { return subscriptionId; }
    public UUID paymentMethodId() { return Ids.uuid(paymentMethodId); }
    public UUID tenantId() { return tenantId; }
    public int quantity() { return quantity; }
    public Instant issuedAt() { return issuedAt.toInstant(); }
    public Instant periodStart() { return periodStart.toInstant(); }
    public Instant periodEnd() { return periodEnd.toInstant(); }
}

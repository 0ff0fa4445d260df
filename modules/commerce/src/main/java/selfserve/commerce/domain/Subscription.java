package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Term;

/** A subscription: its quantity is its seats; a self-service one belongs to its purchaser. */
@Entity
@Table(name = "COM_SUBSCRIPTION")
public class Subscription {

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    /** Null for a central subscription, which the organization bought. */
    @Column(name = "PURCHASER_ID")
    private UUID purchaserId;

    @Column(name = "PRODUCT_ID", length = 20, nullable = false)
    private String productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "TERM", length = 16, nullable = false)
    private Term term;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private SubscriptionStatus status;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    /** Per license per month, as bought. */
    @Column(name = "UNIT_PRICE", precision = 12, scale = 2, nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "PAYMENT_METHOD_ID")
    private UUID paymentMethodId;

    // Times in UTC (see PaymentMethod on why not Instants).
    @Column(name = "STARTED_AT", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "RENEWS_AT", nullable = false)
    private OffsetDateTime renewsAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Subscription() {
        // for JPA
    }

    private Subscription(UUID tenantId, UUID purchaserId, Price price, int quantity, UUID paymentMethodId, Instant start) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.purchaserId = purchaserId;
        this.productId = price.productId();
        this.channel = price.channel();
        this.term = price.term();
        this.quantity = quantity;
        this.status = SubscriptionStatus.ACTIVE;
        this.currency = price.perLicensePerMonth().currency();
        this.unitPrice = price.perLicensePerMonth().amount();
        this.paymentMethodId = paymentMethodId;
        OffsetDateTime started = start.atOffset(ZoneOffset.UTC);
        this.startedAt = started;
        this.renewsAt = started.plusMonths(price.term().months());
    }

    /** A subscription a person bought for themselves and their team, paid with their card. */
    public static Subscription selfService(UUID tenantId, UUID purchaserId, Price price, int quantity, UUID paymentMethodId,
                                           Instant start) {
        return new Subscription(tenantId, purchaserId, price, quantity, paymentMethodId, start);
    }

    public SubscriptionView view(String productName) {
        return new SubscriptionView(id, productId, productName, quantity, status, term, channel, unitPrice(),
                startedAt.toInstant(), renewsAt.toInstant());
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency);
    }

    public UUID id() { return id; }
    public String productId() { return productId; }
    public int quantity() { return quantity; }
    public Term term() { return term; }
    public UUID paymentMethodId() { return paymentMethodId; }
    public Instant startedAt() { return startedAt.toInstant(); }
    public Instant renewsAt() { return renewsAt.toInstant(); }
}

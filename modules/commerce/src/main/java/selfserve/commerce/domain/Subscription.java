package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import selfserve.commerce.api.CancelReason;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.SubscriptionRecord;
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
    // Nullable ids are kept as text: EclipseLink 4.0 fails to read a NULL into a UUID field.
    @Column(name = "PURCHASER_ID", length = 36)
    private String purchaserId;

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

    /** Null for a central subscription, which is invoiced. */
    @Column(name = "PAYMENT_METHOD_ID", length = 36)
    private String paymentMethodId;

    // Times in UTC (see PaymentMethod on why not Instants).
    @Column(name = "STARTED_AT", nullable = false)
    private OffsetDateTime startedAt;

    /** When the current term began: the start, then each renewal. */
    @Column(name = "TERM_STARTED_AT", nullable = false)
    private OffsetDateTime termStartedAt;

    @Column(name = "RENEWS_AT", nullable = false)
    private OffsetDateTime renewsAt;

    @Column(name = "ENDED_AT")
    private OffsetDateTime endedAt;

    /** When the trial ended or ends, for a subscription that began as a trial; null otherwise. */
    @Column(name = "TRIAL_ENDS_AT")
    private OffsetDateTime trialEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "CANCEL_REASON", length = 32)
    private CancelReason cancelReason;

    @Column(name = "CANCEL_FEEDBACK", length = 1000)
    private String cancelFeedback;

    /** The admin who took it over and ended it; null otherwise. */
    @Column(name = "TAKEN_OVER_BY", length = 36)
    private String takenOverBy;

    /** Declined renewal charges in a row, and when to try again. */
    @Column(name = "RENEWAL_ATTEMPTS", nullable = false)
    private int renewalAttempts;

    @Column(name = "NEXT_RENEWAL_ATTEMPT_AT")
    private OffsetDateTime nextRenewalAttemptAt;

    /** A server renewing it holds it until then; changed only by a conditional bulk update (see CommerceRepository). */
    @Column(name = "RENEWAL_CLAIMED_UNTIL")
    private OffsetDateTime renewalClaimedUntil;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Subscription() {
        // for JPA
    }

    private Subscription(UUID tenantId, UUID purchaserId, Price price, int quantity, UUID paymentMethodId, Instant start) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.purchaserId = Ids.text(purchaserId);
        this.productId = price.productId();
        this.channel = price.channel();
        this.term = price.term();
        this.quantity = quantity;
        this.status = SubscriptionStatus.ACTIVE;
        this.currency = price.perLicensePerMonth().currency();
        this.unitPrice = price.perLicensePerMonth().amount();
        this.paymentMethodId = Ids.text(paymentMethodId);
        // Microseconds, as the database keeps them, so an answer given before and after storing is the same.
        OffsetDateTime started = start.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.startedAt = started;
        this.termStartedAt = started;
        this.renewsAt = started.plusMonths(price.term().months());
    }

    /**
     * A trial: licenses work at once, nothing is charged. At its end a trial with a card becomes paid,
     * one without ends.
     */
    public static Subscription trial(UUID tenantId, UUID purchaserId, Price price, int quantity, UUID paymentMethodId,
                                     Instant start, Duration length) {
        Subscription trial = new Subscription(tenantId, purchaserId, price, quantity, paymentMethodId, start);
        trial.status = SubscriptionStatus.TRIAL;
        trial.trialEndsAt = trial.startedAt.plus(length);
        trial.renewsAt = trial.trialEndsAt;
        return trial;
    }

    /** A subscription the organization bought centrally, billed to it by invoice. */
    public static Subscription central(UUID tenantId, Price price, int quantity, Instant start) {
        return new Subscription(tenantId, null, price, quantity, null, start);
    }

    /** A subscription a person bought for themselves and their team, paid with their card. */
    public static Subscription selfService(UUID tenantId, UUID purchaserId, Price price, int quantity, UUID paymentMethodId,
                                           Instant start) {
        return new Subscription(tenantId, purchaserId, price, quantity, paymentMethodId, start);
    }

    public SubscriptionView view(String productName) {
        return new SubscriptionView(id, productId, productName, quantity, status, term, channel, unitPrice(),
                startedAt.toInstant(), renewsAt.toInstant(), endedAt == null ? null : endedAt.toInstant(),
                isRunning() && !isTrialWithoutPaymentMethod());
    }

    /** Licenses work and the subscription renews: trial or active. */
    public SubscriptionRecord record() {
        return new SubscriptionRecord(id, tenantId, productId, purchaserId(), channel, status, quantity, renewsAt());
    }

    public boolean isRunning() {
        return status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.TRIAL;
    }

    public boolean isPurchasedBy(UUID userId) {
        return userId.toString().equals(purchaserId);
    }

    /** A new total of licenses; the caller has checked it against the licenses in use. */
    public void changeQuantity(int newTotal) {
        this.quantity = newTotal;
    }

    /** Ends it at once: no more licenses, no renewal. */
    public void cancel(CancelReason reason, String feedback, Instant at) {
        this.status = SubscriptionStatus.CANCELED;
        this.cancelReason = reason;
        this.cancelFeedback = feedback;
        this.endedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** Ended by an admin who took it over: it shows as Deleted; {@code reason} is null after a move. */
    public void takenOver(UUID adminId, CancelReason reason, Instant at) {
        this.status = SubscriptionStatus.DELETED;
        this.takenOverBy = adminId.toString();
        this.cancelReason = reason;
        this.endedAt = at.atOffset(ZoneOffset.UTC);
    }

    /**
     * Charges the next renewals to another card. Only a subscription paid by card has one to
     * replace: a central one is invoiced, a trial without payment method ends without charge.
     */
    public void replacePaymentMethod(UUID newPaymentMethodId) {
        this.paymentMethodId = Ids.text(newPaymentMethodId);
    }

    /** Due: a running subscription whose term or trial ended, or whose declined charge is to be tried again. */
    public boolean isDueForRenewal(Instant now) {
        OffsetDateTime due = nextRenewalAttemptAt != null ? nextRenewalAttemptAt : renewsAt;
        return isRunning() && !due.toInstant().isAfter(now);
    }

    /** A trial at its end: with a card it is converted to paid, without one it ends for good. */
    public boolean isTrialWithoutPaymentMethod() {
        return status == SubscriptionStatus.TRIAL && paymentMethodId == null;
    }

    /** A trial without payment method is over: it does not renew. */
    public void trialEnded(Instant now) {
        this.status = SubscriptionStatus.EXPIRED;
        this.endedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The next term, charged: it starts where the last one (or the trial) ended. */
    public void renewed() {
        this.status = SubscriptionStatus.ACTIVE;
        this.termStartedAt = renewsAt;
        this.renewsAt = renewsAt.plusMonths(term.months());
        this.renewalAttempts = 0;
        this.nextRenewalAttemptAt = null;
    }

    /** A declined renewal charge: try again later, or after the last try, the subscription expires. */
    public void renewalDeclined(Instant now) {
        renewalAttempts++;
        RenewalSchedule.retryAfter(renewalAttempts).ifPresentOrElse(
                wait -> nextRenewalAttemptAt = now.plus(wait).atOffset(ZoneOffset.UTC),
                () -> {
                    status = SubscriptionStatus.EXPIRED;
                    endedAt = now.atOffset(ZoneOffset.UTC);
                    nextRenewalAttemptAt = null;
                });
    }

    /** What the next term costs. */
    public Money termPrice() {
        return unitPrice().times((long) quantity * term.months());
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency);
    }

    public UUID id() { return id; }
    public String productId() { return productId; }
    public int quantity() { return quantity; }
    public Term term() { return term; }
    public UUID paymentMethodId() { return Ids.uuid(paymentMethodId); }
    public Channel channel() { return channel; }
    public Instant startedAt() { return startedAt.toInstant(); }
    public Instant renewsAt() { return renewsAt.toInstant(); }
    public Instant termStartedAt() { return termStartedAt.toInstant(); }
    public SubscriptionStatus status() { return status; }
    public UUID tenantId() { return tenantId; }
    public UUID purchaserId() { return Ids.uuid(purchaserId); }
    public int renewalAttempts() { return renewalAttempts; }
    public Instant endedAt() { return endedAt == null ? null : endedAt.toInstant(); }
}

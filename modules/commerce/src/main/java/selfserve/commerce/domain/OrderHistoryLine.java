package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.OrderHistoryEntry;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.commerce.api.SubscriptionEventKind;

/**
 * One line of a subscription's order history, written from the {@link SubscriptionEvent} of the
 * change in its transaction; never changed afterwards. Reminders are announcements, not changes: they
 * have no line.
 */
@Entity
@Table(name = "COM_ORDER_HISTORY")
public class OrderHistoryLine {

    /** The kinds of event that change nothing and so are no part of the history. */
    private static final Set<SubscriptionEventKind> REMINDERS =
            Set.of(SubscriptionEventKind.TRIAL_ENDING_SOON, SubscriptionEventKind.RENEWAL_REMINDER);

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "SUBSCRIPTION_ID", nullable = false)
    private UUID subscriptionId;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 32, nullable = false)
    private SubscriptionEventKind kind;

    /** In UTC (see PaymentMethod on why not an Instant). */
    @Column(name = "OCCURRED_AT", nullable = false)
    private OffsetDateTime occurredAt;

    /** Null when SelfServe acted; kept as text (see Ids). */
    @Column(name = "ACTOR_ID", length = 36)
    private String actorId;

    @Column(name = "QUANTITY_BEFORE", nullable = false)
    private int quantityBefore;

    @Column(name = "QUANTITY_AFTER", nullable = false)
    private int quantityAfter;

    @Column(name = "AMOUNT", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "CURRENCY", length = 3)
    private String currency;

    @Column(name = "DETAIL", length = 100)
    private String detail;

    protected OrderHistoryLine() {
        // for JPA
    }

    private OrderHistoryLine(SubscriptionEvent event) {
        this.id = UUID.randomUUID();
        this.subscriptionId = event.subscriptionId();
        this.tenantId = event.tenantId();
        this.kind = event.kind();
        this.occurredAt = event.at().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.actorId = Ids.text(event.actorId());
        this.quantityBefore = event.previousQuantity();
        this.quantityAfter = event.quantity();
        this.amount = event.amount() == null ? null : event.amount().amount();
        this.currency = event.amount() == null ? null : event.amount().currency();
        this.detail = event.detail() == null || event.detail().length() <= 100 ? event.detail() : event.detail().substring(0, 100);
    }

    /** Whether this kind of event belongs in the order history: every change does, reminders do not. */
    public static boolean isRecorded(SubscriptionEventKind kind) {
        return !REMINDERS.contains(kind);
    }

    /** The line for a change. */
    public static OrderHistoryLine of(SubscriptionEvent event) {
        if (!isRecorded(event.kind())) {
            throw new IllegalArgumentException("A reminder is no change: " + event.kind());
        }
        return new OrderHistoryLine(event);
    }

    /** As the api shows it, with the acting person's name (null for SelfServe or a person not shown). */
    public OrderHistoryEntry view(String actorName) {
        return new OrderHistoryEntry(occurredAt.toInstant(), kind, actorId(), actorName, quantityBefore, quantityAfter,
                amount == null ? null : new Money(amount, currency), detail);
    }

    public UUID actorId() { return Ids.uuid(actorId); }
    public UUID subscriptionId() { return subscriptionId; }
    public SubscriptionEventKind kind() { return kind; }
}

package selfserve.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Recipients;
import selfserve.identity.api.Recipients.Recipient;
import selfserve.notifications.api.NoticeKind;
import selfserve.notifications.domain.Announcement;
import selfserve.notifications.domain.Facts;

/**
 * Tells the purchaser what happened to their subscription. Observes commerce's event synchronously,
 * inside the transaction of the change, so the notice commits or rolls back with it. A central
 * subscription (no purchaser) gets no notice here; a reminder is noticed once per subscription and day.
 */
@ApplicationScoped
public class SubscriptionNotices {

    @Inject
    private Recipients recipients;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private Outbox outbox;

    @Inject
    private NotificationsRepository repository;

    @Inject
    private Clock clock;

    void on(@Observes SubscriptionEvent event) {
        NoticeKind kind = kindOf(event);
        if (kind == null || event.purchaserId() == null) {
            return;
        }
        if (isReminderAlreadyAnnounced(event)) {
            return;
        }
        outbox.toUser(kind, event.purchaserId(), event.subscriptionId().toString(), facts(event));
    }

    /** The notice of each kind of event: one line per kind. */
    static NoticeKind kindOf(SubscriptionEvent event) {
        return switch (event.kind()) {
            case PURCHASED -> NoticeKind.PURCHASE_RECEIPT;
            case TRIAL_STARTED -> NoticeKind.TRIAL_STARTED;
            case TRIAL_ENDING_SOON -> event.amount() == null ? NoticeKind.TRIAL_ENDING_SOON : NoticeKind.TRIAL_CONVERTING_SOON;
            case TRIAL_CONVERTED -> NoticeKind.TRIAL_CONVERTED;
            case TRIAL_ENDED -> NoticeKind.TRIAL_ENDED;
            case RENEWAL_REMINDER -> NoticeKind.RENEWAL_REMINDER;
            case RENEWED -> NoticeKind.RENEWED;
            case PAYMENT_FAILED -> NoticeKind.PAYMENT_FAILED;
            case EXPIRED -> NoticeKind.SUBSCRIPTION_EXPIRED;
            case QUANTITY_CHANGED -> event.quantity() > event.previousQuantity() ? NoticeKind.LICENSES_ADDED
                    : NoticeKind.LICENSES_REDUCED;
            case CANCELED_BY_PURCHASER -> NoticeKind.SUBSCRIPTION_CANCELED;
            case CANCELED_BY_ADMIN -> NoticeKind.CANCELED_BY_ADMIN;
            case MOVED_BY_ADMIN -> NoticeKind.MOVED_BY_ADMIN;
        };
    }

    /** Everything a subscription notice may say; each kind's sentences use the facts they name. */
    private Facts facts(SubscriptionEvent event) {
        String admin = event.actorId() == null ? null
                : recipients.recipient(event.actorId()).map(Recipient::displayName).orElse(null);
        return new Facts()
                .text("product", catalog.product(event.productId()).map(Product::name).orElse(event.productId()))
                .number("quantity", event.quantity())
                .number("previousQuantity", event.previousQuantity())
                .amount("amount", event.amount())
                .day("renewsOn", event.nextDate())
                .day("endsOn", event.nextDate())
                .key("reason", event.kind() == selfserve.commerce.api.SubscriptionEventKind.PAYMENT_FAILED
                        && event.detail() != null ? "notice.decline." + event.detail() : null)
                .text("admin", admin);
    }

    /**
     * Reminders arrive on every renewal run inside their window: the first one is recorded (in the same
     * transaction as its notice) and later ones of the same subscription, kind and day are dropped.
     */
    private boolean isReminderAlreadyAnnounced(SubscriptionEvent event) {
        boolean reminder = switch (event.kind()) {
            case TRIAL_ENDING_SOON, RENEWAL_REMINDER -> true;
            default -> false;
        };
        if (!reminder || event.nextDate() == null) {
            return false;
        }
        String id = Announcement.idOf(event.subscriptionId(), event.kind().name(), event.nextDate());
        if (repository.announced(id)) {
            return true;
        }
        repository.add(new Announcement(event.subscriptionId(), event.kind().name(), event.nextDate(), clock.instant()));
        return false;
    }
}

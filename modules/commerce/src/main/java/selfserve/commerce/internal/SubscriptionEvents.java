package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.domain.Subscription;

/** Announces what happened to a subscription, in the transaction of the change (see {@link SubscriptionEvent}). */
@ApplicationScoped
public class SubscriptionEvents {

    @Inject
    private Event<SubscriptionEvent> events;

    @Inject
    private Clock clock;

    void announce(SubscriptionEventKind kind, Subscription subscription, UUID actorId, Money amount, String detail) {
        announce(kind, subscription, actorId, subscription.quantity(), amount, detail);
    }

    void announce(SubscriptionEventKind kind, Subscription subscription, UUID actorId, int previousQuantity, Money amount,
                  String detail) {
        events.fire(new SubscriptionEvent(kind, subscription.id(), subscription.tenantId(), subscription.purchaserId(),
                actorId, subscription.productId(), previousQuantity, subscription.quantity(), amount, clock.instant(),
                subscription.isRunning() ? subscription.renewsAt() : null, detail));
    }
}

package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import selfserve.commerce.api.SubscriptionRecord;
import selfserve.commerce.api.SubscriptionRecords;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.domain.SeatPool;

/** Finds a subscription's seat pool, creating it for a subscription older than the licensing module. */
@ApplicationScoped
public class SeatPools {

    @Inject
    private LicensingRepository repository;

    @Inject
    private SubscriptionRecords subscriptions;

    /** The pool locked for a change; {@code SUBSCRIPTION_NOT_FOUND} if no subscription has this id. */
    SeatPool locked(UUID subscriptionId) {
        return repository.lockedPool(subscriptionId).orElseGet(() -> {
            create(subscriptionId);
            return repository.lockedPool(subscriptionId).orElseThrow();
        });
    }

    SeatPool read(UUID subscriptionId) {
        return repository.pool(subscriptionId).orElseGet(() -> create(subscriptionId));
    }

    private SeatPool create(UUID subscriptionId) {
        SubscriptionRecord subscription = subscriptions.find(subscriptionId)
                .orElseThrow(() -> SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND", subscriptionId));
        SeatPool pool = new SeatPool(subscription.id(), subscription.tenantId(), subscription.productId(),
                subscription.purchaserId(), subscription.quantity());
        if (!subscription.isRunning()) {
            pool.stop();
        }
        repository.add(pool);
        return pool;
    }
}

package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.domain.AssignmentEnd;
import selfserve.licensing.domain.SeatPool;

/**
 * Keeps each subscription's seats in step with commerce, inside commerce's transaction: a new subscription
 * gets its pool, a new quantity its seats (refused below the assigned count, which rolls the change back),
 * and an ended subscription takes every license back from its users (access follows the subscription).
 * A purchaser who leaves changes nothing here.
 */
@ApplicationScoped
public class SeatPoolKeeper {

    @Inject
    private LicensingRepository repository;

    @Inject
    private LicenseEvents events;

    void on(@Observes SubscriptionEvent event) {
        switch (event.kind()) {
            case PURCHASED, TRIAL_STARTED -> repository.add(new SeatPool(event.subscriptionId(), event.tenantId(),
                    event.productId(), event.purchaserId(), event.quantity()));
            case QUANTITY_CHANGED -> locked(event).resize(event.quantity());
            case CANCELED_BY_PURCHASER, CANCELED_BY_ADMIN, EXPIRED, TRIAL_ENDED -> end(event);
            case MOVED_BY_ADMIN -> end(event); // its users were moved first; anyone left loses access
            default -> {
                // Renewals, reminders and failed payments leave the seats as they are.
            }
        }
    }

    private SeatPool locked(SubscriptionEvent event) {
        return repository.lockedPool(event.subscriptionId()).orElseGet(() -> {
            SeatPool pool = new SeatPool(event.subscriptionId(), event.tenantId(), event.productId(),
                    event.purchaserId(), event.previousQuantity());
            repository.add(pool);
            return pool;
        });
    }

    private void end(SubscriptionEvent event) {
        SeatPool pool = locked(event);
        Instant at = event.at();
        repository.currentAssignments(pool.subscriptionId()).forEach(assignment -> {
            assignment.end(at, event.actorId(), AssignmentEnd.SUBSCRIPTION_ENDED);
            events.license(LicenseEventKind.LICENSE_REMOVED, pool, assignment.userId(), event.actorId());
        });
        pool.stop();
    }
}

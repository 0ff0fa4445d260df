package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import selfserve.licensing.api.LicenseEvent;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.domain.SeatPool;

/** Announces what licensing did to someone, in the transaction of the change (see {@link LicenseEvent}). */
@ApplicationScoped
public class LicenseEvents {

    @Inject
    private Event<LicenseEvent> events;

    @Inject
    private Clock clock;

    /** A license of {@code pool} given to or taken from {@code userId}. */
    void license(LicenseEventKind kind, SeatPool pool, UUID userId, UUID actorId) {
        events.fire(new LicenseEvent(kind, pool.tenantId(), userId, actorId, pool.productId(), pool.subscriptionId(), null,
                1, null, clock.instant(), null));
    }

    void fire(LicenseEvent event) {
        events.fire(event);
    }
}
